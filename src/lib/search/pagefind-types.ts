// The parts of Pagefind's browser API (pagefind/pagefind.js, 1.6) this site uses. Pagefind ships these types only
// inside its source (pagefind_web_js/types/index.d.ts), not in the npm package, so they are restated here.

/** Options for `pagefind.options()`. */
export interface PagefindOptions {
	/** Prefixed to every result URL: the site's base, e.g. `/lab-essays/`. */
	baseUrl?: string;
	/** Adds `?<param>=<terms>` to result URLs, so the page opened can highlight them. */
	highlightParam?: string;
	/** Words per excerpt; Pagefind's default is 30. */
	excerptLength?: number;
	ranking?: {
		termSimilarity?: number;
		pageLength?: number;
		termSaturation?: number;
		termFrequency?: number;
		/** Boost for matches in metadata fields; Pagefind's default is `{ title: 5 }`. */
		metaWeights?: Record<string, number>;
	};
}

/** Options for `pagefind.search()`. */
export interface PagefindSearchOptions {
	filters?: object;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** A heading's anchor Pagefind recorded while indexing. */
export interface PagefindAnchor {
	element: string;
	id: string;
	text?: string;
	location: number;
}

/** A matching section of a page, split on headings with ids. */
export interface PagefindSubResult {
	title: string;
	/** The page URL plus `#id`; without an anchor, the page URL itself. */
	url: string;
	/** HTML: page text with entities escaped and the matched words in `<mark>`. */
	excerpt: string;
	anchor?: PagefindAnchor;
}

/** A result's data, loaded on demand with `result.data()`. */
export interface PagefindFragment {
	url: string;
	/** HTML: page text with entities escaped and the matched words in `<mark>`. */
	excerpt: string;
	/** Raw, unescaped values of `data-pagefind-meta` (and the automatic `title`). */
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results: PagefindSubResult[];
	weighted_locations: { weight: number; balanced_score: number; location: number }[];
	content: string;
	word_count: number;
}

/** One hit, before its data is loaded. */
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindFragment>;
}

/** What `pagefind.search()` resolves to. */
export interface PagefindSearchResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Per filter value: how many results there would be with that value added to the current filters. */
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

/** The module `pagefind/pagefind.js` exports. */
export interface Pagefind {
	options(options: PagefindOptions): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
