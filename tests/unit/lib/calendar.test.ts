import { describe, expect, test } from 'vitest';
import { calendarFault, impossibleDateMessage } from '../../../src/lib/calendar';

describe('calendarFault', () => {
	test.each(['2018-05-01', '2020-02-29', '2000-02-29', '2018-12-31', '2018-05-01T09:30:00Z', '2018-05-01 23:59:59'])(
		'accepts %s, a day on the calendar',
		(text) => expect(calendarFault(text)).toBeUndefined(),
	);

	test.each(['May 2018', '2018-05', 'soon', ''])('leaves %j, which is not written YYYY-MM-DD, to the schema', (text) =>
		expect(calendarFault(text)).toBeUndefined(),
	);

	test.each([
		['2019-02-29', 'February 2019 has 28 days', '2019-02-28'],
		['1900-02-29', 'February 1900 has 28 days', '1900-02-28'],
		['2018-04-31', 'April 2018 has 30 days', '2018-04-30'],
		['2018-05-00', 'there is no day 0', '2018-05-01'],
		['2018-13-45', 'there is no month 13 (months run from 01 to 12)', '2018-12-31'],
		['2018-13-05', 'there is no month 13 (months run from 01 to 12)', '2018-05-13'],
		['2018-00-10', 'there is no month 0 (months run from 01 to 12)', '2018-01-01'],
		['2018-05-01T25:00:00Z', 'the time of day is not on the clock', '2018-05-01'],
	])('refuses %s: %s, suggesting %s', (text, reason, example) => {
		const fault = calendarFault(text);
		expect(fault?.reason).toBe(reason);
		expect(fault?.example).toBe(example);
	});
});

describe('impossibleDateMessage', () => {
	test('names the value, what is wrong and a real date to write', () => {
		expect(impossibleDateMessage(' 2019-02-29 ')).toMatchInlineSnapshot(
			`"2019-02-29 is not a date on the calendar: February 2019 has 28 days. Write a real date as YYYY-MM-DD, for example 2019-02-28."`,
		);
	});
	test('is undefined for a real date', () => expect(impossibleDateMessage('2019-02-28')).toBeUndefined());
});
