import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';

/**
 * The design brief's Markdown pipeline, shared by Astro's config and the tests.
 * Astro's built-in GFM is switched off (`gfm: false`) so remark-gfm runs exactly once, and
 * rehype-slug gives headings github-style ids before Astro's own heading pass, which keeps them.
 */
export const markdownPipeline: { gfm: false; remarkPlugins: RemarkPlugin[]; rehypePlugins: RehypePlugin[] } = {
	gfm: false,
	remarkPlugins: [remarkGfm],
	rehypePlugins: [rehypeSlug],
};
