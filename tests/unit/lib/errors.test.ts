import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { friendly, quote } from '../../../src/lib/errors';
import { choice, dateField, flag, list, text, wholeNumber } from '../../../src/lib/schemas';

/** The message a schema gives for `value` written as field `field`. */
const message = (schema: z.ZodType, value: unknown) => {
	const result = z.object({ field: schema }).safeParse(value === undefined ? {} : { field: value });
	return result.success ? 'valid' : result.error.issues[0]?.message;
};

describe('explainIssue, through the field builders', () => {
	test.each([
		['a missing field', text(), undefined],
		['text given a number', text(), 12],
		['empty text', text(), '  '],
		['text over its limit', text({ max: 5 }), 'far too long'],
		['a number given text', wholeNumber({ min: 1 }), 'one'],
		['a fraction', wholeNumber({ min: 1 }), 2.5],
		['a number under its minimum', wholeNumber({ min: 1 }), 0],
		['a value outside a choice', choice(['current', 'completed']), 'finished'],
		['a missing choice', choice(['current', 'completed']), undefined],
		['a flag given text', flag(), 'yes'],
		['a list given text', list(text()), 'q-lab-team'],
		['a short list', list(text(), { min: 1 }), []],
		['a long list', list(text(), { max: 1 }), ['a', 'b']],
		['a date in words', dateField(), 'May 2018'],
		['an impossible date', dateField(), '2018-13-45'],
		['a missing date', dateField(), undefined],
	])('%s', (_, schema, value) => expect(message(schema, value)).toMatchSnapshot());

	test('accepts dates as YAML reads them and as quoted YYYY-MM-DD text', () => {
		expect(dateField().parse(new Date('2018-05-01'))).toEqual(new Date('2018-05-01'));
		expect(dateField().parse(' 2018-05-01 ')).toEqual(new Date('2018-05-01'));
	});

	test('is what Zod calls for each check through `friendly`', () => {
		expect(z.string(friendly).min(3, friendly).safeParse('ab').error?.issues[0]?.message).toBe(
			'Write at least 3 characters.',
		);
	});
});

describe('quote', () => {
	test.each([
		['x', '"x"'],
		[2.5, '2.5'],
		[[1], 'a list'],
		[{ a: 1 }, 'a group of fields'],
		[null, 'nothing'],
		[new Date('2018-05-01'), '2018-05-01'],
	])('%o => %s', (value, quoted) => expect(quote(value)).toBe(quoted));
});
