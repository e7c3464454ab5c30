import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance';

describe('editDistance', () => {
	test.each([
		['summary', 'summary', 0],
		['sumary', 'summary', 1],
		['rand-report', 'rand-reports', 1],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
		['abc', '', 3],
		['flaw', 'lawn', 2],
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});
