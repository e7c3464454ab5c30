import type { Problem } from '../problem.ts';
import { at, type Check } from './types.ts';

/** The word `npm run new` puts in every value an editor still has to write. */
export const PLACEHOLDER_WORD = 'TODO';

/** A placeholder for the scaffolder: `placeholder('the summary')` => `'TODO: the summary'`. */
export const placeholder = (what: string): string => `${PLACEHOLDER_WORD}: ${what}`;

const PATTERN = new RegExp(`\\b${PLACEHOLDER_WORD}\\b`);

/** Every string in a frontmatter value, with its path: `[['authors', 0], 'TODO: …']`. */
function strings(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
	}
	return [];
}

/** Flags placeholder text from `npm run new` left in the frontmatter or the body. */
export const placeholderProblems: Check = (entries) =>
	entries.flatMap((entry) => {
		const inFields: Problem[] = strings(entry.data)
			.filter(([, value]) => PATTERN.test(value))
			.map(([path, value]) => ({
				...at(entry),
				line: entry.lineOf(path),
				field: path.map(String).join('.'),
				message: `Still has the placeholder ${JSON.stringify(value)}. Replace it with the real ${String(path[0])}.`,
			}));
		const inBody: Problem[] = entry.body.split('\n').flatMap((text, index) =>
			PATTERN.test(text)
				? [
						{
							...at(entry),
							line: entry.bodyLine + index,
							message: `Still has placeholder text: ${JSON.stringify(text.trim())}. Write the real text or delete the line.`,
						},
					]
				: [],
		);
		return [...inFields, ...inBody];
	});
