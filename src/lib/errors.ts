import type { z } from 'astro/zod';
import { plural } from './format.ts';

/** The format every date in frontmatter is written in, with an example. */
export const DATE_HINT = 'Write the date as YYYY-MM-DD, for example 2018-05-01.';

/** A value as an editor wrote it, for quoting in a message: `"one"`, `2.5`, `a list`. */
export function quote(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an unreadable date' : value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'nothing';
	if (typeof value === 'object') return 'a group of fields';
	return String(value);
}

type Issue = z.core.$ZodRawIssue;

const KINDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date',
};

// How to write each kind of value, added to type errors so the editor sees the fix, not just the fault.
const HOW_TO_WRITE: Record<string, string> = {
	string: 'Write it as text; put it in "double quotes" if it contains a colon or starts with a number.',
	number: 'Write digits without quotes, e.g. 2.',
	int: 'Write a whole number without quotes, e.g. 2.',
	boolean: 'Write true or false, without quotes.',
	array: 'Write a list in square brackets, e.g. [first, second].',
	object: 'Indent its fields under it, one per line.',
	date: DATE_HINT,
};

/** The field name at the end of an issue's path: `['phases', 0, 'name']` => `name`. */
function fieldName(issue: Issue): string {
	const key = [...(issue.path ?? [])].reverse().find((part) => typeof part === 'string');
	return typeof key === 'string' ? key : 'this field';
}

/**
 * Turns a Zod issue into an author-facing message that says what is wrong and what to write instead.
 * Passed as the `error` of every frontmatter field, so Astro prints it after `**field**:` and the check script
 * prints the same words. Returns undefined for issues it has no better words for (Zod's own message is used).
 */
export function explainIssue(issue: Issue): string | undefined {
	const { input } = issue;
	switch (issue.code) {
		case 'invalid_type': {
			const expected = issue.expected === 'int' ? 'int' : String(issue.expected);
			if (input === undefined) {
				return `Required. Add a line \`${fieldName(issue)}: …\` to the frontmatter (see content/README.md).`;
			}
			if (expected === 'date') return DATE_HINT;
			const kind = KINDS[expected] ?? expected;
			return `Expected ${kind}, got ${quote(input)}. ${HOW_TO_WRITE[expected] ?? ''}`.trim();
		}
		case 'too_small': {
			const minimum = Number(issue.minimum);
			if (issue.origin === 'string')
				return minimum <= 1 ? 'Must not be empty.' : `Write at least ${minimum} characters.`;
			if (issue.origin === 'array') return `List at least ${plural(minimum, 'item')}.`;
			return `Must be ${minimum} or more; got ${quote(input)}.`;
		}
		case 'too_big': {
			const maximum = Number(issue.maximum);
			if (issue.origin === 'string' && typeof input === 'string') {
				return `Is ${input.length} characters long; the limit is ${maximum}. Shorten it by ${input.length - maximum}.`;
			}
			if (issue.origin === 'array' && Array.isArray(input)) {
				return `Has ${plural(input.length, 'item')}; list at most ${maximum}.`;
			}
			return `Must be ${maximum} or less; got ${quote(input)}.`;
		}
		case 'invalid_value': {
			const allowed = issue.values.map((value) => String(value)).join(', ');
			if (input === undefined) return `Required. Use one of: ${allowed}.`;
			return `${quote(input)} is not allowed here. Use one of: ${allowed}.`;
		}
		default:
			return undefined;
	}
}

/** Zod's `error` parameter that applies {@link explainIssue}; pass it to a schema and to each of its checks. */
export const friendly = { error: explainIssue } as const;
