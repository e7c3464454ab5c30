const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dates in our sources are mostly known to the month, so the site shows month and year: "May 2018". */
export function formatMonth(date: Date): string {
	return monthYear.format(date);
}

/** The machine-readable form for `<time datetime>`: "2018-05-01". */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A span of months: "April 2017 – May 2018", or "September 2018 onwards" with no end. */
export function formatMonthRange(start: Date, end?: Date): string {
	return end ? `${formatMonth(start)} – ${formatMonth(end)}` : `${formatMonth(start)} onwards`;
}

/** Names joined for a byline: ["A", "B", "C"] => "A, B and C". */
export function joinNames(names: readonly string[]): string {
	return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(names);
}

/** A count and its noun: `plural(1, 'item')` => `'1 item'`, `plural(3, 'item')` => `'3 items'`. */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
