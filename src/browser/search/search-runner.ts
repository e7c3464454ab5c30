import { groupsNeedingOwnCounts, hasFilters, mergeCounts, toPagefindFilters } from '../../lib/search/filters';
import type { FilterCounts, FilterGroup } from '../../lib/search/filters';
import type { Pagefind, PagefindResult } from '../../lib/search/pagefind-types';
import { toResultView, type ResultView } from '../../lib/search/results';
import { effectiveSort, type SearchState } from '../../lib/search/url-state';

/** The answer to one search: all hits (their data loads page by page) and the filter counts. */
export interface SearchOutcome {
	state: SearchState;
	/** False when there is neither a query nor a filter: nothing was searched. */
	searched: boolean;
	hits: PagefindResult[];
	counts: FilterCounts;
}

/**
 * Runs a search for a state, with filter counts that treat values within a group as alternatives. Without
 * `counts` (the dialog has no filters) the filter index is never fetched.
 */
export async function runSearch(
	pagefind: Pagefind,
	state: SearchState,
	{ counts = true }: { counts?: boolean } = {},
): Promise<SearchOutcome> {
	// Pagefind returns counts with results only once its filter index is loaded.
	const all = counts ? await pagefind.filters() : {};
	if (!state.query && !hasFilters(state.filters)) return { state, searched: false, hits: [], counts: all };
	const term = state.query || null;
	const sort = effectiveSort(state) === 'newest' ? ({ date: 'desc' } as const) : undefined;
	const main = await pagefind.search(term, { filters: toPagefindFilters(state.filters), sort });
	if (!counts) return { state, searched: true, hits: main.results, counts: {} };
	const own: Partial<Record<FilterGroup, FilterCounts>> = {};
	await Promise.all(
		groupsNeedingOwnCounts(state.filters).map(async (group) => {
			own[group] = (await pagefind.search(term, { filters: toPagefindFilters(state.filters, group) })).filters;
		}),
	);
	return { state, searched: true, hits: main.results, counts: mergeCounts(main.filters, own) };
}

/** Loads the data of hits `from` to `to` (exclusive) and turns them into result views. */
export function loadViews(hits: PagefindResult[], from: number, to: number): Promise<ResultView[]> {
	return Promise.all(hits.slice(from, to).map(async (hit) => toResultView(await hit.data())));
}
