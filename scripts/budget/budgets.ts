/** The performance budget of issue 4, in one place. */
export const BUDGET = {
	/** Bytes of the one inline script every page may run on load (the theme script), uncompressed. */
	pageScriptBytes: 1024,
	/** An essay page's HTML, CSS and fonts, gzip-compressed (level 9); brotli is reported alongside. */
	essayWeightBytes: 60 * 1024,
	/** Lighthouse (mobile) score, per category, on the pages listed in LIGHTHOUSE_PAGES. */
	lighthouseScore: 100,
} as const;

/** Pages Lighthouse audits: home, an essay, a project and an update. */
export const LIGHTHOUSE_PAGES = [
	'/',
	'/essays/how-do-people-make-decisions-in-peer-support/',
	'/projects/peer-support/',
	'/updates/collaboration-is-underway/',
] as const;

/** Lighthouse categories that must each score 100. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Pages allowed to load scripts on load, and why. The search page is search opened: it loads Pagefind's
 * client as soon as it is visited. Every other page loads search code only when the reader opens search.
 */
export const SCRIPT_EXEMPT_PAGES: Record<string, string> = {
	'search/index.html': 'the search page is search, opened',
};
