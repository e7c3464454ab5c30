import type { z } from 'astro/zod';
import { editDistance } from '../../../src/lib/edit-distance.ts';
import type { Problem } from '../problem.ts';
import {
	AuthorSchema,
	checkedReference,
	DatasetSchema,
	EssayFrontmatterSchema,
	PageFrontmatterSchema,
	plainReference,
	ProjectFrontmatterSchema,
	UpdateFrontmatterSchema,
	type ReferencedCollection,
} from '../../../src/lib/schemas/index.ts';
import { at, type CollectionName, type ParsedEntry } from './types.ts';

/** Each collection's schema, with references checked against the ids that exist. */
export function schemasFor(knownIds: (collection: ReferencedCollection) => readonly string[]) {
	const reference = checkedReference(plainReference, knownIds);
	return {
		essays: EssayFrontmatterSchema({ reference }),
		projects: ProjectFrontmatterSchema,
		updates: UpdateFrontmatterSchema({ reference }),
		pages: PageFrontmatterSchema,
		authors: AuthorSchema,
		datasets: DatasetSchema,
	} satisfies Record<CollectionName, z.ZodObject>;
}

// Fields Astro reads itself rather than passing to the schema.
const ASTRO_FIELDS = new Set(['slug']);

/** The candidate within two edits of `word`, for "did you mean" suggestions: `closest('sumary', keys)`. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	return candidates.find((candidate) => editDistance(candidate.toLowerCase(), word.toLowerCase()) <= 2);
}

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
 * Validates every entry's frontmatter against its collection's schema, with the same messages Astro prints,
 * and flags fields the schema does not know (Astro drops them silently, so a typo would lose what was written).
 * Returns the problems and each valid entry's parsed data.
 */
export function validateEntries(
	entries: readonly ParsedEntry[],
	knownIds: (collection: ReferencedCollection) => readonly string[] = (collection) =>
		entries.filter((e) => e.collection === collection).map((e) => e.id),
): {
	problems: Problem[];
	data: Map<ParsedEntry, Record<string, unknown>>;
} {
	const schemas = schemasFor(knownIds);
	const problems: Problem[] = [];
	const data = new Map<ParsedEntry, Record<string, unknown>>();
	for (const entry of entries) {
		const schema = schemas[entry.collection];
		const known = Object.keys(schema.shape);
		// A misspelt field is one mistake: "did you mean" covers the field it leaves missing.
		const misspelt = new Set<string>();
		for (const key of Object.keys(entry.data)) {
			if (known.includes(key) || ASTRO_FIELDS.has(key)) continue;
			const guess = closest(key, known);
			if (guess && !(guess in entry.data)) misspelt.add(guess);
			problems.push({
				...at(entry),
				line: entry.lineOf([key]),
				field: key,
				message: guess
					? `Unknown field. Did you mean \`${guess}\`?`
					: `Unknown field; ${entry.collection} have: ${known.join(', ')}.`,
			});
		}
		const result = schema.safeParse(entry.data);
		if (result.success) data.set(entry, result.data);
		else {
			const issues = issuesToProblems(result.error, at(entry), entry.lineOf);
			problems.push(...issues.filter((problem) => !(problem.field && misspelt.has(problem.field))));
		}
	}
	return { problems, data };
}
