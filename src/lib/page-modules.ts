/**
 * The modules a page starts on first use, numbered by their place in <template id="page-modules">
 * (src/components/PageModules.astro). Elements name theirs with `data-use`; the inline page script
 * (src/browser/page-enhancements.js) starts module N and queues the request for it.
 */
export const PAGE_MODULE = {
	/** The search dialog (and, on the search page, its own box). */
	search: 0,
	/** Marks the searched-for words on a page opened from a result (`?highlight=`). */
	highlight: 1,
	/** The theme toggle, the citation copy buttons and video facades. */
	actions: 2,
	/** Note previews: a footnote number shows its note beside the text (src/browser/notes/). */
	notes: 3,
} as const;

export type PageModule = (typeof PAGE_MODULE)[keyof typeof PAGE_MODULE];
