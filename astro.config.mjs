// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';
import { previewMode } from './src/integrations/preview-mode';
import { markdownPipeline } from './src/lib/markdown/pipeline';

export default defineConfig({
	site: process.env.SITE_URL || 'https://lab-essays.example.org',
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	// Fixture builds (LAB_ESSAYS_CONTENT) keep their own content cache, so they never mix with the real site's.
	cacheDir: process.env.LAB_ESSAYS_CACHE_DIR || './node_modules/.astro',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			gfm: markdownPipeline.gfm,
			remarkPlugins: [...markdownPipeline.remarkPlugins],
			rehypePlugins: [...markdownPipeline.rehypePlugins],
			remarkRehype: markdownPipeline.remarkRehype,
		}),
	},
	integrations: [previewMode(), mdx(), pagefindIndex()],
});
