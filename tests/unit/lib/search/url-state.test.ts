import { describe, expect, test } from 'vitest';
import { noFilters } from '../../../../src/lib/search/filters';
import {
	effectiveSort,
	normaliseQuery,
	parseSearchState,
	sameSearch,
	serialiseSearchState,
	type SearchState,
} from '../../../../src/lib/search/url-state';

const state = (overrides: Partial<SearchState> = {}): SearchState => ({
	query: '',
	filters: noFilters(),
	sort: 'relevance',
	...overrides,
});

describe('parseSearchState', () => {
	test('reads the words, every filter group and the order', () => {
		expect(
			parseSearchState(
				'?q=peer+support&type=Essay&type=Update&project=Peer%20support&year=2018&tag=survey&sort=newest',
			),
		).toEqual({
			query: 'peer support',
			filters: { type: ['Essay', 'Update'], project: ['Peer support'], year: ['2018'], tag: ['survey'] },
			sort: 'newest',
		});
	});

	test('gives an empty search for an empty address', () => {
		expect(parseSearchState('')).toEqual(state());
	});

	test('ignores unknown parameters, blank and repeated values, and unknown orders', () => {
		expect(parseSearchState('?q=%20&type=&type=Essay&type=Essay&sort=oldest&highlight=x')).toEqual(
			state({ filters: { ...noFilters(), type: ['Essay'] } }),
		);
	});

	test('accepts URLSearchParams, as a form gives them', () => {
		expect(
			parseSearchState(
				new URLSearchParams([
					['q', 'lab'],
					['sort', 'relevance'],
				]),
			),
		).toEqual(state({ query: 'lab' }));
	});
});

describe('serialiseSearchState', () => {
	test('writes an empty search as no query string at all', () => {
		expect(serialiseSearchState(state())).toBe('');
	});

	test('writes words, filters in group order with sorted values, and a non-default order', () => {
		expect(
			serialiseSearchState(
				state({
					query: ' RAND  Europe ',
					filters: { ...noFilters(), year: ['2018', '2017'], type: ['Essay'] },
					sort: 'newest',
				}),
			),
		).toBe('?q=RAND+Europe&type=Essay&year=2017&year=2018&sort=newest');
	});

	test('round-trips through parseSearchState', () => {
		const original = state({
			query: 'peer & support',
			filters: { type: ['Essay'], project: ['Mental health and persistent pain'], year: [], tag: ['q lab'] },
		});
		expect(parseSearchState(serialiseSearchState(original))).toEqual(original);
	});
});

describe('sameSearch', () => {
	test('ignores the order values were ticked in', () => {
		const a = state({ filters: { ...noFilters(), year: ['2017', '2018'] } });
		const b = state({ filters: { ...noFilters(), year: ['2018', '2017'] } });
		expect(sameSearch(a, b)).toBe(true);
		expect(sameSearch(a, state())).toBe(false);
	});
});

describe('effectiveSort', () => {
	test('uses the chosen order when there are words', () => {
		expect(effectiveSort(state({ query: 'lab' }))).toBe('relevance');
		expect(effectiveSort(state({ query: 'lab', sort: 'newest' }))).toBe('newest');
	});

	test('lists the newest first when browsing by filters alone', () => {
		expect(effectiveSort(state())).toBe('newest');
	});
});

describe('normaliseQuery', () => {
	test.each([
		['  peer   support ', 'peer support'],
		['\tlab\n', 'lab'],
		['', ''],
	])('%j becomes %j', (input, expected) => expect(normaliseQuery(input)).toBe(expected));
});
