import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { tableLabel } from '../../../../src/lib/markdown/scrollable-tables';

describe('tableLabel', () => {
	test('prefers the caption', () => {
		const table = h('table', [h('caption', ' Who took part '), h('thead', [h('tr', [h('th', 'Role')])])]);
		expect(tableLabel(table)).toBe('Table: Who took part');
	});

	test('falls back to the first four column headings', () => {
		const row = h(
			'tr',
			['A', 'B', 'C', 'D', 'E'].map((t) => h('th', t)),
		);
		expect(tableLabel(h('table', [h('thead', [row])]))).toBe('Table: A, B, C, D');
	});

	test('ignores row headings in the body', () => {
		const table = h('table', [h('thead', [h('tr', [h('th', 'When')])]), h('tbody', [h('tr', [h('th', '2017')])])]);
		expect(tableLabel(table)).toBe('Table: When');
	});

	test('says just "Table" when there is nothing to name it by', () => {
		expect(tableLabel(h('table', [h('tbody', [h('tr', [h('td', '1')])])]))).toBe('Table');
	});
});
