// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';
import { markdownPipeline } from './src/lib/markdown/pipeline';

export default defineConfig({
	site: process.env.SITE_URL || 'https://lab-essays.example.org',
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			gfm: markdownPipeline.gfm,
			remarkPlugins: [...markdownPipeline.remarkPlugins],
			rehypePlugins: [...markdownPipeline.rehypePlugins],
		}),
	},
	integrations: [mdx(), pagefindIndex()],
});
