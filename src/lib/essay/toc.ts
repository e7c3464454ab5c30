/** A heading as Astro's `render()` reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** One entry in a table of contents, with the subsections under it. */
export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/** Headings the pipeline adds itself, which the contents list leaves out (the notes get their own entry). */
const GENERATED = new Set(['footnote-label']);

/**
 * Builds a two-level table of contents from a page's headings: h2s, with the h3s that follow each nested under it.
 * An h3 before any h2 becomes a top-level entry, so no heading is lost.
 * `buildToc([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])`
 *   => `[{ slug: 'a', text: 'A', children: [{ slug: 'b', text: 'B', children: [] }] }]`
 */
export function buildToc(headings: readonly Heading[], { maxDepth = 3 }: { maxDepth?: 2 | 3 } = {}): TocItem[] {
	const items: TocItem[] = [];
	for (const { depth, slug, text } of headings) {
		if (depth < 2 || depth > maxDepth || GENERATED.has(slug)) continue;
		const item: TocItem = { slug, text: text.trim(), children: [] };
		const parent = items.at(-1);
		if (depth === 3 && parent) parent.children.push(item);
		else items.push(item);
	}
	return items;
}

/** Where the notes and the citation sit on an essay page; the contents list links to both. */
export const END_MATTER = { notes: 'footnote-label', cite: 'cite-this-essay' } as const;

/**
 * An essay's contents: its sections, then "Notes" when it has footnotes, then "Cite this essay".
 */
export function essayToc(headings: readonly Heading[]): TocItem[] {
	const hasNotes = headings.some((h) => h.slug === END_MATTER.notes);
	return [
		...buildToc(headings),
		...(hasNotes ? [{ slug: END_MATTER.notes, text: 'Notes', children: [] }] : []),
		{ slug: END_MATTER.cite, text: 'Cite this essay', children: [] },
	];
}
