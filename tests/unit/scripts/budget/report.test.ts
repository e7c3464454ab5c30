import { describe, expect, test } from 'vitest';
import { groupBy, lighthouseTable, scriptSummary, weightTable } from '../../../../scripts/budget/report';

describe('groupBy', () => {
	test('groups by key in first-seen order', () => {
		expect(groupBy(['a', 'bb', 'c'], (s) => s.length)).toEqual([
			[1, ['a', 'c']],
			[2, ['bb']],
		]);
	});
});

describe('scriptSummary', () => {
	const report = (page: string, otherScripts: string[] = [], exemptBecause?: string) => ({
		page,
		pageScriptBytes: 990,
		otherScripts,
		exemptBecause,
	});

	test('says when no page loads anything but the theme script', () => {
		expect(scriptSummary([report('index.html'), report('about/index.html')])).toBe(
			'JavaScript on load: 2 pages; the theme script is at most 990 bytes (budget: under 1024).\n  No page loads any other script.',
		);
	});

	test('groups pages loading the same scripts, marking allowed ones', () => {
		const summary = scriptSummary([
			...['a', 'b', 'c', 'd', 'e'].map((p) => report(`${p}.html`, ['/x.js'])),
			report('search/index.html', ['/s.js'], 'the search page is search, opened'),
		]);
		expect(summary.split('\n').slice(1)).toEqual([
			'  5 page(s) also load /x.js: a.html, b.html, c.html and 2 more',
			'  1 page(s) also load /s.js: search/index.html (allowed: the search page is search, opened)',
		]);
	});
});

describe('tables', () => {
	test('lists essays heaviest first', () => {
		const table = weightTable([
			{ page: 'a', files: 2, rawBytes: 2048, gzipBytes: 1024, brotliBytes: 512 },
			{ page: 'b', files: 2, rawBytes: 4096, gzipBytes: 2048, brotliBytes: 1024 },
		]);
		expect(table.split('\n').slice(2)).toEqual([
			'| b | 2 | 4.0 KB | 2.0 KB | 1.0 KB |',
			'| a | 2 | 2.0 KB | 1.0 KB | 0.5 KB |',
		]);
	});

	test('shows a column per Lighthouse category', () => {
		const table = lighthouseTable([{ page: '/', scores: { performance: 100, seo: 98 }, failingAudits: [] }]);
		expect(table).toBe('| Page | performance | seo |\n| --- | --: | --: |\n| / | 100 | 98 |');
	});
});
