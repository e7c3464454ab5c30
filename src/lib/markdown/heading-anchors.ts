import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import type { RehypePlugin } from '@astrojs/markdown-remark';

/** Ids of headings the pipeline itself makes, which get no anchor link (the notes heading). */
export const UNANCHORED_IDS = new Set(['footnote-label']);

/**
 * Options for rehype-autolink-headings: each h2–h4 with an id is wrapped with a "#" link placed after it,
 * so the heading's own accessible name stays its text. Screen readers hear "Section titled “…”" for the link.
 * The markup follows Starlight's accessible anchor links. The link is left out of the search index, whose
 * excerpts would otherwise read "A national survey #Section titled “A national survey”".
 */
export const headingAnchorOptions: Options = {
	behavior: 'after',
	test: (node: Element) =>
		['h2', 'h3', 'h4'].includes(node.tagName) &&
		typeof node.properties.id === 'string' &&
		!UNANCHORED_IDS.has(node.properties.id),
	group: (node: Element) => h('div', { class: `heading heading-${node.tagName}` }),
	properties: { class: 'heading-anchor', dataPagefindIgnore: '' },
	content: (node: Element): ElementContent[] => [
		h('span', { 'aria-hidden': 'true' }, '#'),
		h('span', { class: 'sr-only' }, `Section titled “${toString(node)}”`),
	],
};

/** The plugin with its options, ready for a rehype plugin list. */
export const headingAnchors: [RehypePlugin, Options] = [rehypeAutolinkHeadings as RehypePlugin, headingAnchorOptions];
