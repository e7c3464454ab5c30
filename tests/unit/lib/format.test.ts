import { describe, expect, test } from 'vitest';
import { formatMonth, formatMonthRange, isoDate, joinNames, plural } from '../../../src/lib/format';

describe('formatMonth', () => {
	test('shows month and year in British English, in UTC', () => {
		expect(formatMonth(new Date('2018-05-01'))).toBe('May 2018');
		expect(formatMonth(new Date('2018-08-31T23:30:00Z'))).toBe('August 2018');
	});
});

describe('formatMonthRange', () => {
	test('joins start and end with an en dash', () => {
		expect(formatMonthRange(new Date('2017-04-01'), new Date('2018-05-31'))).toBe('April 2017 – May 2018');
	});
	test('says "onwards" without an end', () => {
		expect(formatMonthRange(new Date('2018-09-01'))).toBe('September 2018 onwards');
	});
});

describe('isoDate', () => {
	test('gives YYYY-MM-DD', () => expect(isoDate(new Date('2018-05-01'))).toBe('2018-05-01'));
});

describe('joinNames', () => {
	test.each([
		[['The Q Lab team'], 'The Q Lab team'],
		[['Tracy', 'Libby'], 'Tracy and Libby'],
		[['A', 'B', 'C'], 'A, B and C'],
	])('%o reads %s', (names, expected) => expect(joinNames(names)).toBe(expected));
});

describe('plural', () => {
	test.each([
		[0, 'problems'],
		[1, 'problem'],
		[2, 'problems'],
	])('%i => %s', (count, noun) => expect(plural(count, 'problem')).toBe(`${count} ${noun}`));
});
