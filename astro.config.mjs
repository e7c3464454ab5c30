// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers';
import { contentChecks } from './scripts/astro/content-checks';
import { oneBuildAtATime } from './src/integrations/build-lock';
import { pagefindIndex } from './src/integrations/pagefind';
import { previewMode } from './src/integrations/preview-mode';
import { releaseMemory } from './src/integrations/release-memory';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/deploy/csp';
import { markdownPipelineFor } from './src/lib/markdown/pipeline';
import { isIndexable, sitePath } from './src/lib/seo/indexing';
import { settings } from './src/settings';

// SITE_URL, BASE_PATH and the other variables (see README, "Deploying") are read once in src/settings.ts; a bad
// value stops here with a message naming the variable.
const { site, base, cacheDir } = settings;
const markdownPipeline = markdownPipelineFor(base);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Fixture builds (LAB_ESSAYS_CONTENT) keep their own content cache, so they never mix with the real site's.
	cacheDir,
	// Several pages in flight, so the link-preview images (src/pages/og/) are drawn on every core at once.
	build: { format: 'directory', concurrency: 4 },
	// Rebuilds reuse the pages and images whose cacheKey, code and own content are unchanged (keys: entryPageKeyOf in
	// src/data/entries.ts, the image text in src/pages/og/); `npm run bench` measures the effect on a warm rebuild.
	experimental: { incrementalBuild: true },
	// Bundled scripts are always files, never inlined, so a strict CSP (script-src 'self') needs no hashes for them.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	markdown: {
		// Shiki colours code with inline styles, which the CSP blocks; the essays have no code blocks.
		syntaxHighlight: false,
		// MDX entries are rendered by their content loader (src/loaders/rendered-mdx.ts) with the same pipeline; this
		// one serves any .md entry and MDX outside the content folder.
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
		// First, so a second build waits before it reads or writes anything.
		oneBuildAtATime(),
		contentChecks(),
		previewMode(),
		mdx(),
		sitemap({ filter: (page) => isIndexable(sitePath(page, base)) }),
		// Before Pagefind, so the memory page generation held is released before its indexer starts.
		releaseMemory(),
		pagefindIndex(),
		securityHeaders(),
	],
});
