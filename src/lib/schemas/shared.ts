import { z } from 'astro/zod';
import { impossibleDateMessage } from '../calendar.ts';
import { DATE_HINT, explainIssue, friendly, quote } from '../errors.ts';

/**
 * Builds the schema for a reference to another collection's entry.
 * Astro passes its own `reference()`; unit tests and the check script pass `plainReference`, so schemas stay
 * testable without the `astro:content` runtime.
 */
export type ReferenceFactory = (collection: ReferencedCollection) => z.ZodType<EntryReference>;

/** Collections other entries point at. */
export type ReferencedCollection = 'projects' | 'authors';

/** What a reference becomes once parsed, as Astro resolves it: `{ collection: 'projects', id: 'peer-support' }`. */
export interface EntryReference {
	collection: string;
	id: string;
}

/** A reference that reads an entry id into `{ collection, id }` like Astro's, for tests and scripts. */
export const plainReference: ReferenceFactory = (collection) =>
	z
		.string()
		.min(1)
		.transform((id) => ({ collection, id }));

const SINGULAR: Record<ReferencedCollection, string> = { projects: 'project', authors: 'author' };

/**
 * Wraps a reference factory so an id that names no file fails with the known ids listed
 * (Astro's own `reference()` accepts any id). `knownIds` is asked at parse time, so new files are seen.
 */
export function checkedReference(
	reference: ReferenceFactory,
	knownIds: (collection: ReferencedCollection) => readonly string[],
): ReferenceFactory {
	return (collection) =>
		z
			.string(friendly)
			.trim()
			.min(1, friendly)
			.superRefine((id, ctx) => {
				const known = knownIds(collection);
				if (known.includes(id)) return;
				const choices = known.length ? `Use one of: ${known.join(', ')}` : 'There are none yet';
				const fault = /\bTODO\b/.test(id) ? 'Replace the placeholder.' : `There is no ${SINGULAR[collection]} "${id}".`;
				ctx.addIssue({
					code: 'custom',
					input: id,
					message: `${fault} ${choices} (the file names in content/${collection}/, without the extension).`,
				});
			})
			// Astro's reference() also accepts numbers and objects; here it only ever receives the checked id.
			.pipe(reference(collection) as z.ZodType<EntryReference, string>)
			.meta({ reference: collection });
}

/** Plain text that must not be empty, with an optional length limit. */
export const text = ({ max }: { max?: number } = {}) => {
	const schema = z.string(friendly).trim().min(1, friendly);
	return max ? schema.max(max, friendly) : schema;
};

/** One of a fixed set of values, e.g. `choice(['current', 'completed'])`. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, friendly);

/** A whole number of at least `min`. */
export const wholeNumber = ({ min }: { min: number }) => z.number(friendly).int(friendly).min(min, friendly);

/** `true` or `false`, `false` when left out. */
export const flag = () => z.boolean(friendly).default(false);

/** A list of `item`s with optional limits on how many. */
export const list = <T extends z.ZodType>(item: T, { min, max }: { min?: number; max?: number } = {}) => {
	let schema = z.array(item, friendly);
	if (min !== undefined) schema = schema.min(min, friendly);
	if (max !== undefined) schema = schema.max(max, friendly);
	return schema;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A calendar date written as YYYY-MM-DD in frontmatter (YAML reads it as a date; a quoted one is read here).
 * Stricter than `new Date()`: "May 2018" is refused, because a date a reader could take two ways is a mistake,
 * and so is 2019-02-29, which `new Date()` would silently turn into 1 March. (The content check reads YAML so
 * that such a date reaches this schema as the text written, not rolled over.)
 */
export const dateField = () =>
	z
		.preprocess(
			(value) => {
				if (typeof value !== 'string' || !ISO_DATE.test(value.trim()) || impossibleDateMessage(value)) return value;
				const date = new Date(value.trim());
				return Number.isNaN(date.getTime()) ? value : date;
			},
			z.date({
				error: (issue) => {
					if (issue.input === undefined) return explainIssue(issue);
					const impossible = typeof issue.input === 'string' ? impossibleDateMessage(issue.input) : undefined;
					return impossible ?? `${quote(issue.input)} is not a date. ${DATE_HINT}`;
				},
			}),
		)
		.meta({ format: 'date' });

/** Lowercase topic tags; shown on the page and used as search filters. */
export const tagsField = () =>
	list(text().toLowerCase()).default([]).describe('Lowercase topics, e.g. [peer support, evaluation].');
