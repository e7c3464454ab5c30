import { FILTER_GROUPS, noFilters, type SelectedFilters } from './filters';

/** How results are ordered: Pagefind's relevance, or newest first by the entry's date. */
export type SortOrder = 'relevance' | 'newest';

/** Everything a search page shows, as it lives in the address: `/search/?q=peer&type=Essay&sort=newest`. */
export interface SearchState {
	/** The words typed, trimmed; '' when browsing by filters alone. */
	query: string;
	filters: SelectedFilters;
	/** The order the reader chose; see `effectiveSort` for the order used. */
	sort: SortOrder;
}

/** The parameter that carries the words; the filter groups use their own names (`type`, `project`, `year`, `tag`). */
export const QUERY_PARAM = 'q';
/** The parameter for the order; present only when not the default. */
export const SORT_PARAM = 'sort';

/** Reads the state from a query string: `parseSearchState('?q=peer&type=Essay')`. Unknown parameters are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters = noFilters();
	for (const group of FILTER_GROUPS) {
		filters[group] = unique(
			params
				.getAll(group)
				.map((v) => v.trim())
				.filter(Boolean),
		);
	}
	return {
		query: normaliseQuery(params.get(QUERY_PARAM) ?? ''),
		filters,
		sort: params.get(SORT_PARAM) === 'newest' ? 'newest' : 'relevance',
	};
}

/**
 * Writes the state as a query string with a leading `?`, or '' for an empty search, in a stable order so the
 * same search always has the same address: `?q=peer+support&type=Essay&year=2018`.
 */
export function serialiseSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	const query = normaliseQuery(state.query);
	if (query) params.set(QUERY_PARAM, query);
	for (const group of FILTER_GROUPS) {
		for (const value of [...unique(state.filters[group])].sort()) params.append(group, value);
	}
	if (state.sort === 'newest') params.set(SORT_PARAM, 'newest');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Whether two states describe the same search. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
	return serialiseSearchState(a) === serialiseSearchState(b);
}

/** The order actually used: without words there is no relevance to rank by, so the newest come first. */
export function effectiveSort(state: SearchState): SortOrder {
	return state.query ? state.sort : 'newest';
}

/** Collapses runs of whitespace and trims: `'  peer   support '` => `'peer support'`. */
export function normaliseQuery(query: string): string {
	return query.replace(/\s+/g, ' ').trim();
}

const unique = (values: string[]) => [...new Set(values)];
