import { describe, expect, test } from 'vitest';
import { formatSearchTable, median, summarise } from '../../../../../scripts/bench/search/stats';

describe('median', () => {
	test.each([
		[[3, 1, 2], 2],
		[[1, 2, 3, 4], 2.5],
		[[5], 5],
	])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

	test('refuses an empty list', () => {
		expect(() => median([])).toThrowErrorMatchingInlineSnapshot(`[Error: median() needs at least one value.]`);
	});
});

describe('summarise', () => {
	test('takes the median of each measure, rounded', () => {
		expect(
			summarise([
				{ ms: 10.4, bytes: 100, requests: 2 },
				{ ms: 30, bytes: 300, requests: 4 },
				{ ms: 20, bytes: 200, requests: 3 },
			]),
		).toEqual({ ms: 20, bytes: 200, requests: 3 });
	});
});

describe('formatSearchTable', () => {
	test('holds warm rows to both goals and cold rows to the size goal', () => {
		expect(
			formatSearchTable([
				{ scenario: 'cold', result: { ms: 400, bytes: 140 * 1024, requests: 9 }, warm: false },
				{ scenario: 'warm', result: { ms: 120, bytes: 10 * 1024, requests: 3 }, warm: true },
			]),
		).toMatchInlineSnapshot(`
			"| Scenario | Typing → first results | Transferred | Requests | Goal |
			| --- | --: | --: | --: | --- |
			| cold | 400 ms | 140.0 KB | 9 | ≤ 150 KB: met |
			| warm | 120 ms | 10.0 KB | 3 | ≤ 100 ms, ≤ 150 KB: missed |"
		`);
	});
});
