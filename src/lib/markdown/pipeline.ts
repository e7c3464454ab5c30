import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import { rehypeFootnoteRefs } from './footnote-refs';
import { footnoteOptions } from './footnotes';
import { headingAnchors } from './heading-anchors';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeScrollableTables } from './scrollable-tables';
import { remarkSmartypants } from './smartypants';

/**
 * The design brief's Markdown pipeline, shared by Astro's config and the tests.
 * Astro's built-in GFM is switched off (`gfm: false`) so remark-gfm runs exactly once, and
 * rehype-slug gives headings github-style ids before Astro's own heading pass, which keeps them.
 * Heading anchor links come after the ids, tables get a focusable scroll region, note numbers start their previews,
 * and `remarkRehype` sets the footnote heading and back-link names.
 * Astro's smart punctuation is switched off too (`smartypants: false`) because our remarkSmartypants does the
 * same, with the same output, in a fraction of the time (see smartypants.ts); it runs first, where Astro's ran.
 */
export const markdownPipeline: {
	gfm: false;
	smartypants: false;
	remarkPlugins: RemarkPlugin[];
	rehypePlugins: (RehypePlugin | [RehypePlugin, unknown])[];
	remarkRehype: typeof footnoteOptions;
} = {
	gfm: false,
	smartypants: false,
	remarkPlugins: [remarkSmartypants, remarkGfm],
	rehypePlugins: [rehypeSlug, headingAnchors, rehypeScrollableTables, rehypeFootnoteRefs as RehypePlugin],
	remarkRehype: footnoteOptions,
};

/** The pipeline for a site served under `base` (from BASE_PATH): root-relative links in content get the base. */
export function markdownPipelineFor(base: string): typeof markdownPipeline {
	return {
		...markdownPipeline,
		rehypePlugins: [...markdownPipeline.rehypePlugins, (() => rehypeBaseLinks({ base })) as RehypePlugin],
	};
}
