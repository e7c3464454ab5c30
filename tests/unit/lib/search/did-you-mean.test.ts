import { describe, expect, test } from 'vitest';
import { ENOUGH_RESULTS, needsCorrection } from '../../../../src/lib/search/did-you-mean';

describe('needsCorrection', () => {
	test.each([
		['a query with no results', 'peer suport', 0, true],
		['a query with one result fewer than enough', 'pagle', ENOUGH_RESULTS - 1, true],
		['a query with enough results', 'peer support', ENOUGH_RESULTS, false],
		['a query with many results', 'support', 500, false],
		['an empty query', '', 0, false],
		['a query of spaces', '   ', 0, false],
	])('%s: %s', (_, query, count, expected) => {
		expect(needsCorrection(query, count)).toBe(expected);
	});
});
