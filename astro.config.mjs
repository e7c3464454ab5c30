// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers';
import { pagefindIndex } from './src/integrations/pagefind';
import { previewMode } from './src/integrations/preview-mode';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/deploy/csp';
import { markdownPipelineFor } from './src/lib/markdown/pipeline';
import { isIndexable, sitePath } from './src/lib/seo/indexing';
import { parseSiteEnv } from './src/lib/site-env';

// SITE_URL and BASE_PATH (see README, "Deploying"); a bad value stops here with a message naming the variable.
const { site, base } = parseSiteEnv(process.env);
const markdownPipeline = markdownPipelineFor(base);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Fixture builds (LAB_ESSAYS_CONTENT) keep their own content cache, so they never mix with the real site's.
	cacheDir: process.env.LAB_ESSAYS_CACHE_DIR || './node_modules/.astro',
	build: { format: 'directory' },
	// Bundled scripts are always files, never inlined, so a strict CSP (script-src 'self') needs no hashes for them.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	markdown: {
		// Shiki colours code with inline styles, which the CSP blocks; the essays have no code blocks.
		syntaxHighlight: false,
		processor: unified({
			gfm: markdownPipeline.gfm,
			smartypants: markdownPipeline.smartypants,
			remarkPlugins: [...markdownPipeline.remarkPlugins],
			rehypePlugins: [...markdownPipeline.rehypePlugins],
			remarkRehype: markdownPipeline.remarkRehype,
		}),
	},
	// Every page carries a <meta> CSP with hashes of Astro's own scripts and styles; _headers repeats it (src/lib/deploy).
	security: {
		csp: {
			directives: [...CSP_DIRECTIVES],
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	integrations: [
		previewMode(),
		mdx(),
		sitemap({ filter: (page) => isIndexable(sitePath(page, base)) }),
		pagefindIndex(),
		securityHeaders(),
	],
});
