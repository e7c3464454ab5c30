import { describe, expect, test } from 'vitest';
import { canReuseIndex, type IndexStamp } from '../../../../../scripts/bench/search/reuse';

const stamp: IndexStamp = { pages: 10_000, prose: '/usr/share/dict/british-english', pagefind: '1.6.0', code: 'abc' };

describe('canReuseIndex', () => {
	test('reuses an index saved with the same stamp when asked', () => {
		expect(canReuseIndex(stamp, JSON.stringify(stamp), true)).toBe(true);
	});

	test('rebuilds when not asked, even with a matching stamp', () => {
		expect(canReuseIndex(stamp, JSON.stringify(stamp), false)).toBe(false);
	});

	test('rebuilds when there is no saved index', () => {
		expect(canReuseIndex(stamp, undefined, true)).toBe(false);
	});

	test.each([
		['pages', { ...stamp, pages: 1_000 }],
		['prose', { ...stamp, prose: 'fallback' }],
		['pagefind', { ...stamp, pagefind: '1.5.0' }],
		['code', { ...stamp, code: 'def' }],
	])('rebuilds when the saved %s differs', (_, saved) => {
		expect(canReuseIndex(stamp, JSON.stringify(saved), true)).toBe(false);
	});

	test('rebuilds when the stamp is unreadable', () => {
		expect(canReuseIndex(stamp, '{not json', true)).toBe(false);
	});
});
