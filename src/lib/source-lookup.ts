import { AstroError } from 'astro/errors';
import { editDistance } from './edit-distance';

/** Where the bibliography lives, for error messages. */
export const SOURCES_FILE = 'content/sources/sources.yaml';

/**
 * Known ids that look like a mistyped `id`, closest first: those a few edits away, or sharing a word of
 * four letters or more. `similarIds('rand-report', ['rand-evaluation-report', 'mind']) => ['rand-evaluation-report']`.
 */
export function similarIds(id: string, knownIds: readonly string[], limit = 5): string[] {
	const words = new Set(id.split('-').filter((word) => word.length >= 4));
	const nearEnough = Math.max(2, Math.floor(id.length / 3));
	return knownIds
		.map((known) => ({ known, edits: editDistance(id, known) }))
		.filter(({ known, edits }) => edits <= nearEnough || known.split('-').some((word) => words.has(word)))
		.sort((a, b) => a.edits - b.edits || a.known.localeCompare(b.known))
		.slice(0, limit)
		.map(({ known }) => known);
}

/** The entry with this id, or an error that names the id and suggests the closest known ids. */
export function findSource<T extends { id: string }>(id: string, sources: readonly T[]): T {
	const found = sources.find((source) => source.id === id);
	if (found) return found;
	const similar = similarIds(
		id,
		sources.map((source) => source.id),
	);
	throw new AstroError(
		`<Source id="${id}" />: there is no source "${id}" in ${SOURCES_FILE}.`,
		similar.length === 0
			? `No known id looks like it (${sources.length} sources in all). Add the source to ${SOURCES_FILE}, or fix the id.`
			: `Did you mean ${similar.length === 1 ? similar[0] : `one of: ${similar.join(', ')}`}? Fix the id, or add the source to ${SOURCES_FILE}.`,
	);
}
