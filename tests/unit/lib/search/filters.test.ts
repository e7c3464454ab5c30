import { describe, expect, test } from 'vitest';
import {
	filterPanel,
	groupsNeedingOwnCounts,
	hasFilters,
	mergeCounts,
	noFilters,
	toPagefindFilters,
	type SelectedFilters,
} from '../../../../src/lib/search/filters';

const selected = (overrides: Partial<SelectedFilters>): SelectedFilters => ({ ...noFilters(), ...overrides });

describe('hasFilters', () => {
	test('is false with nothing ticked and true with anything ticked', () => {
		expect(hasFilters(noFilters())).toBe(false);
		expect(hasFilters(selected({ tag: ['survey'] }))).toBe(true);
	});
});

describe('toPagefindFilters', () => {
	test('matches any ticked value within a group, and every group', () => {
		expect(toPagefindFilters(selected({ type: ['Essay', 'Update'], year: ['2018'] }))).toEqual({
			type: { any: ['Essay', 'Update'] },
			year: { any: ['2018'] },
		});
	});

	test('can leave one group out, to count that group as if it were not narrowed', () => {
		expect(toPagefindFilters(selected({ type: ['Essay'], year: ['2018'] }), 'type')).toEqual({
			year: { any: ['2018'] },
		});
	});

	test('is empty with nothing ticked', () => {
		expect(toPagefindFilters(noFilters())).toEqual({});
	});
});

describe('groupsNeedingOwnCounts', () => {
	test('lists the ticked groups', () => {
		expect(groupsNeedingOwnCounts(selected({ tag: ['a'], type: ['Essay'] }))).toEqual(['type', 'tag']);
	});
});

describe('mergeCounts', () => {
	test('takes a ticked group from its own search and the others from the main search', () => {
		const main = { type: { Essay: 2, Update: 0 }, year: { '2018': 2 } };
		const own = { type: { type: { Essay: 2, Update: 5 }, year: { '2018': 7 } } };
		expect(mergeCounts(main, own)).toEqual({
			type: { Essay: 2, Update: 5 },
			project: {},
			year: { '2018': 2 },
			tag: {},
		});
	});
});

describe('filterPanel', () => {
	const all = {
		type: { Update: 11, Page: 2, Essay: 6, Project: 2 },
		project: { 'Peer support': 16, 'Mental health and persistent pain': 3 },
		year: { '2017': 7, '2019': 1, '2018': 11 },
		tag: { survey: 1 },
	};

	test('orders types as the site presents them, years newest first and the rest alphabetically', () => {
		const panel = filterPanel(all, all, noFilters());
		expect(panel.map((g) => [g.label, g.options.map((o) => o.value)])).toEqual([
			['Content type', ['Essay', 'Project', 'Update', 'Page']],
			['Project', ['Mental health and persistent pain', 'Peer support']],
			['Year', ['2019', '2018', '2017']],
			['Topic', ['survey']],
		]);
	});

	test('shows each value with its count and whether it is ticked', () => {
		const panel = filterPanel(all, { type: { Essay: 3, Update: 1 } }, selected({ type: ['Essay'] }));
		expect(panel[0]!.options).toEqual([
			{ value: 'Essay', count: 3, selected: true },
			{ value: 'Update', count: 1, selected: false },
		]);
	});

	test('hides values that would give no results, but keeps ticked ones so they can be unticked', () => {
		const panel = filterPanel(all, { type: {} }, selected({ tag: ['survey'] }));
		expect(panel.map((g) => g.group)).toEqual(['tag']);
		expect(panel[0]!.options).toEqual([{ value: 'survey', count: 0, selected: true }]);
	});

	test('keeps a ticked value from an address even if the index does not know it', () => {
		const panel = filterPanel({}, {}, selected({ year: ['1999'] }));
		expect(panel).toEqual([{ group: 'year', label: 'Year', options: [{ value: '1999', count: 0, selected: true }] }]);
	});
});
