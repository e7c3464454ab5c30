/** What the generated index depends on; an index saved with the same stamp can be reused instead of rebuilt. */
export interface IndexStamp {
	/** Generated pages, besides the real site's. */
	pages: number;
	/** Where the prose's words came from: the word list's path, or 'fallback'. */
	prose: string;
	/** Pagefind's version, which decides the index format. */
	pagefind: string;
	/** A digest of the code that makes the pages and indexes them (corpus.ts, zipf.ts, the indexing settings). */
	code: string;
}

/**
 * Whether a saved index can be reused: only when asked (`SEARCH_BENCH_REUSE=1`) and when it was made from the same
 * corpus, Pagefind and code. `saved` is the stamp file's text, undefined when there is none.
 */
export function canReuseIndex(wanted: IndexStamp, saved: string | undefined, asked: boolean): boolean {
	if (!asked || saved === undefined) return false;
	try {
		const stamp = JSON.parse(saved) as Partial<IndexStamp>;
		return (Object.keys(wanted) as (keyof IndexStamp)[]).every((key) => stamp[key] === wanted[key]);
	} catch {
		return false;
	}
}
