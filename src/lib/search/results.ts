import { formatMonth } from '../format';
import { hasFilters, type SelectedFilters } from './filters';
import type { PagefindFragment } from './pagefind-types';

/** A section of a long page that matched, linking straight to its heading. */
export interface SubResultView {
	title: string;
	/** The page URL with `#heading-id` (and the highlight parameter when set). */
	url: string;
	/** Safe HTML from Pagefind: escaped text with `<mark>` around matched words. */
	excerpt: string;
}

/** What one result shows. `title`, `type`, `project` and `date` are plain text; `excerpt` is safe HTML. */
export interface ResultView {
	url: string;
	title: string;
	type?: string;
	project?: string;
	/** "May 2018" and its machine form "2018-05-01". */
	date?: { label: string; iso: string };
	excerpt: string;
	subResults: SubResultView[];
}

/** How many matching sections are listed under a result. */
export const MAX_SUB_RESULTS = 3;

/** Turns Pagefind's data for a hit into what the result list shows. */
export function toResultView(fragment: PagefindFragment, maxSubResults = MAX_SUB_RESULTS): ResultView {
	const iso = fragment.meta.date;
	const parsed = iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
	return {
		url: fragment.url,
		title: fragment.meta.title?.trim() || fragment.url,
		type: fragment.filters.type?.[0],
		project: fragment.filters.project?.[0],
		date: parsed && !Number.isNaN(parsed.getTime()) ? { label: formatMonth(parsed), iso: iso! } : undefined,
		excerpt: fragment.excerpt,
		// The section before the first heading has no anchor and is the page itself: the result already links there.
		subResults: fragment.sub_results
			.filter((sub) => sub.anchor && sub.url.includes('#'))
			.slice(0, maxSubResults)
			.map(({ title, url, excerpt }) => ({ title, url, excerpt })),
	};
}

/** A line of metadata under a result's title: "Essay · Peer support · May 2018". */
export function metaLine(view: Pick<ResultView, 'type' | 'project' | 'date'>): string {
	return [view.type, view.project, view.date?.label].filter(Boolean).join(' · ');
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The sentence the live region announces after each search:
 * `resultsMessage({ count: 3, query: 'peer', filters })` => "3 results for “peer”".
 */
export function resultsMessage({
	count,
	query,
	filters,
}: {
	count: number;
	query: string;
	filters: SelectedFilters;
}): string {
	const filtered = hasFilters(filters);
	if (!query && !filtered) return '';
	const scope = filtered ? ' with the chosen filters' : '';
	if (count === 0) {
		const hint = filtered ? ' Try removing a filter.' : ' Try fewer or different words.';
		return query ? `No results for “${query}”${scope}.${hint}` : `Nothing matches the chosen filters.${hint}`;
	}
	return query
		? `${plural(count, 'result', 'results')} for “${query}”${scope}`
		: `${plural(count, 'entry matches', 'entries match')} the chosen filters`;
}

/** Every excerpt a result shows: the page's and its sections'. */
export function excerptsOf(view: Pick<ResultView, 'excerpt' | 'subResults'>): string[] {
	return [view.excerpt, ...view.subResults.map((sub) => sub.excerpt)];
}
