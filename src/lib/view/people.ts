import type { AuthorEntry } from './entries.ts';

/** An author as bylines and citations need them. */
export interface Person {
	name: string;
	type: 'person' | 'organisation';
}

/** The author an id names; an id with no file (which the content check reports) stands for itself. */
export function authorOf(id: string, authors: ReadonlyMap<string, AuthorEntry>): Person {
	const author = authors.get(id)?.data;
	return { name: author?.name ?? id, type: author?.type ?? 'person' };
}
