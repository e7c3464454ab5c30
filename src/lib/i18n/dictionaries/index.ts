import type { Dictionary } from '../messages.ts';
import { lookupTags } from '../locale.ts';
import en from './en.ts';

/** The interface's dictionaries, by language tag; a locale uses the most specific one it matches (`fr-CA` → `fr`). */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en };

/** The dictionary a locale uses and the tag it is filed under, or undefined when no dictionary matches it. */
export function dictionaryFor(locale: string): { tag: string; dictionary: Dictionary } | undefined {
	for (const tag of lookupTags(locale)) {
		const match = Object.keys(DICTIONARIES).find((known) => known.toLowerCase() === tag.toLowerCase());
		if (match) return { tag: match, dictionary: DICTIONARIES[match]! };
	}
	return undefined;
}

export { en };
