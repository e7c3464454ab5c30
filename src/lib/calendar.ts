const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?/;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * What makes a date written as YYYY-MM-DD (optionally followed by a time) not a day on the calendar, with a
 * real date to write instead; undefined when it is one, or when the text is not written that way at all.
 * YAML and `new Date()` roll such dates over silently (`2019-02-29` becomes 1 March), so they are caught here
 * from the text. `calendarFault('2019-02-29')` => `{ reason: 'February 2019 has 28 days', example: '2019-02-28' }`.
 */
export function calendarFault(text: string): { reason: string; example: string } | undefined {
	const match = DATE_TIME.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? 0 : +part)) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	if (month < 1 || month > 12) {
		// A day of 12 or less with a "month" above 12 is most often the two written the other way round.
		const swapped = day >= 1 && day <= 12 && month >= 1 && month <= daysIn(year, day);
		const nearest = month < 1 ? `${year}-01-01` : `${year}-12-31`;
		return {
			reason: `there is no month ${month} (months run from 01 to 12)`,
			example: swapped ? `${year}-${pad(day)}-${pad(month)}` : nearest,
		};
	}
	const last = daysIn(year, month);
	const name = `${MONTHS[month - 1]} ${year}`;
	if (day < 1) return { reason: `there is no day 0`, example: `${year}-${pad(month)}-01` };
	if (day > last) return { reason: `${name} has ${last} days`, example: `${year}-${pad(month)}-${pad(last)}` };
	const date = `${year}-${pad(month)}-${pad(day)}`;
	if (hour > 23 || minute > 59 || second > 59) {
		return { reason: `the time of day is not on the clock`, example: date };
	}
	return undefined;
}

/**
 * The author-facing message for a date that is not on the calendar, or undefined for any other text:
 * `2019-02-29 is not a date on the calendar: February 2019 has 28 days. Write a real date, for example 2019-02-28.`
 */
export function impossibleDateMessage(text: string): string | undefined {
	const fault = calendarFault(text);
	if (!fault) return undefined;
	return `${text.trim()} is not a date on the calendar: ${fault.reason}. Write a real date as YYYY-MM-DD, for example ${fault.example}.`;
}
