import { describe, expect, test } from 'vitest';
import { noFilters } from '../../../../src/lib/search/filters';
import type { PagefindFragment } from '../../../../src/lib/search/pagefind-types';
import { excerptsOf, metaLine, resultsMessage, toResultView } from '../../../../src/lib/search/results';

const fragment = (overrides: Partial<PagefindFragment> = {}): PagefindFragment => ({
	url: '/essays/impact-that-counts/?highlight=impact',
	excerpt: 'The <mark>impact</mark> model &amp; more',
	meta: { title: 'Impact that counts', date: '2018-08-01' },
	filters: { type: ['Essay'], project: ['Peer support'], year: ['2018'], tag: ['impact'] },
	sub_results: [],
	weighted_locations: [],
	content: '',
	word_count: 0,
	...overrides,
});

describe('toResultView', () => {
	test('shows title, type, project, date and the marked excerpt', () => {
		expect(toResultView(fragment())).toEqual({
			url: '/essays/impact-that-counts/?highlight=impact',
			title: 'Impact that counts',
			type: 'Essay',
			project: 'Peer support',
			date: { label: 'August 2018', iso: '2018-08-01' },
			excerpt: 'The <mark>impact</mark> model &amp; more',
			subResults: [],
		});
	});

	test('lists matching sections that have a heading anchor, up to the limit', () => {
		const anchor = (id: string) => ({ element: 'h2', id, location: 1 });
		const view = toResultView(
			fragment({
				sub_results: [
					{ title: 'Impact that counts', url: '/essays/impact-that-counts/', excerpt: 'page' },
					{ title: 'Four areas', url: '/essays/x/#four-areas', excerpt: 'a', anchor: anchor('four-areas') },
					{ title: 'Early signs', url: '/essays/x/#early-signs', excerpt: 'b', anchor: anchor('early-signs') },
					{ title: 'Third', url: '/essays/x/#third', excerpt: 'c', anchor: anchor('third') },
				],
			}),
			2,
		);
		expect(view.subResults).toEqual([
			{ title: 'Four areas', url: '/essays/x/#four-areas', excerpt: 'a' },
			{ title: 'Early signs', url: '/essays/x/#early-signs', excerpt: 'b' },
		]);
	});

	test('copes with an undated page without a project, and falls back to the URL for a missing title', () => {
		const view = toResultView(fragment({ meta: {}, filters: { type: ['Page'] } }));
		expect(view).toMatchObject({ title: '/essays/impact-that-counts/?highlight=impact', type: 'Page' });
		expect(view.project).toBeUndefined();
		expect(view.date).toBeUndefined();
	});

	test('ignores a date that is not YYYY-MM-DD', () => {
		expect(toResultView(fragment({ meta: { title: 'x', date: 'May 2018' } })).date).toBeUndefined();
	});
});

describe('metaLine', () => {
	test('joins what is known', () => {
		expect(metaLine({ type: 'Essay', project: 'Peer support', date: { label: 'May 2018', iso: '2018-05-01' } })).toBe(
			'Essay · Peer support · May 2018',
		);
		expect(metaLine({ type: 'Page' })).toBe('Page');
	});
});

describe('resultsMessage', () => {
	const filters = { ...noFilters(), type: ['Essay'] };
	test.each([
		[{ count: 0, query: '', filters: noFilters() }, ''],
		[{ count: 1, query: 'Barbican', filters: noFilters() }, '1 result for “Barbican”'],
		[{ count: 3, query: 'YouGov', filters: noFilters() }, '3 results for “YouGov”'],
		[{ count: 2, query: 'YouGov', filters }, '2 results for “YouGov” with the chosen filters'],
		[{ count: 0, query: 'zebra', filters: noFilters() }, 'No results for “zebra”. Try fewer or different words.'],
		[{ count: 0, query: 'zebra', filters }, 'No results for “zebra” with the chosen filters. Try removing a filter.'],
		[{ count: 6, query: '', filters }, '6 entries match the chosen filters'],
		[{ count: 1, query: '', filters }, '1 entry matches the chosen filters'],
		[{ count: 0, query: '', filters }, 'Nothing matches the chosen filters. Try removing a filter.'],
	])('%j => %j', (input, expected) => expect(resultsMessage(input)).toBe(expected));
});

describe('excerptsOf', () => {
	test('lists the page’s excerpt, then each section’s', () => {
		expect(
			excerptsOf({
				excerpt: 'page <mark>peer</mark>',
				subResults: [{ title: 'Groups', url: '/a/#groups', excerpt: 'section <mark>peer</mark>' }],
			}),
		).toEqual(['page <mark>peer</mark>', 'section <mark>peer</mark>']);
	});

	test('is the page’s excerpt alone when no section matched', () => {
		expect(excerptsOf({ excerpt: 'only', subResults: [] })).toEqual(['only']);
	});
});
