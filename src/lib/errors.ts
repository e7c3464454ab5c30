import type { z } from 'astro/zod';

/** The format every date in frontmatter is written in, with an example. */
export const DATE_HINT = 'Write the date as YYYY-MM-DD, for example 2018-05-01.';

/** One thing an editor has to fix: where it is, what is wrong and what to write instead. */
export interface Problem {
	/** The file, relative to the repository, e.g. `content/essays/impact-that-counts.mdx`. */
	file: string;
	/** The collection and entry id, printed as Astro prints them: `essays → impact-that-counts`. */
	entry?: string;
	/** The 1-based line in the file, when known. */
	line?: number;
	/** The frontmatter field, e.g. `summary` or `phases.0.name`; absent for problems in the body. */
	field?: string;
	/** What is wrong and how to fix it, in one or two sentences. */
	message: string;
}

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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

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

/**
 * Converts a failed parse into problems for one entry, naming each field;
 * `lineOf` finds the line a field is written on.
 */
export function issuesToProblems(
	error: z.ZodError,
	where: Pick<Problem, 'file' | 'entry'>,
	lineOf: (path: PropertyKey[]) => number | undefined = () => undefined,
): Problem[] {
	return error.issues.map((issue) => ({
		...where,
		field: issue.path.map(String).join('.') || undefined,
		line: lineOf(issue.path),
		message: issue.message,
	}));
}

/**
 * Formats problems the way Astro reports schema errors, grouped by entry, with a count and what to do:
 *
 *     essays → impact-that-counts (content/essays/impact-that-counts.mdx)
 *       line 4 **number**: Expected a whole number, got "four". Write a whole number without quotes, e.g. 2.
 */
export function formatProblems(problems: readonly Problem[]): string {
	if (problems.length === 0) return 'Content check: no problems found.';
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const sections = [...byFile].map(([file, list]) => {
		const heading = list[0]?.entry ? `${list[0].entry} (${file})` : file;
		const lines = list.map((problem) => {
			const at = problem.line ? `line ${problem.line} ` : '';
			const field = problem.field ? `**${problem.field}**: ` : '';
			return `  ${at}${field}${problem.message}`;
		});
		return [heading, ...lines].join('\n');
	});
	const summary = `Content check found ${plural(problems.length, 'problem')} in ${plural(byFile.size, 'file')}.`;
	return [summary, '', ...sections.flatMap((section) => [section, '']), 'Fix each one, then run `npm run check` again.']
		.join('\n')
		.trimEnd();
}
