import { z } from 'astro/zod';

/**
 * Builds the schema for a reference to another collection's entry.
 * Astro passes its own `reference()`; unit tests pass `plainReference`, so schemas stay testable
 * without the `astro:content` runtime.
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

/** A calendar date written as YYYY-MM-DD in frontmatter. */
export const dateField = () => z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2018-05-01.' });

/** Lowercase topic tags; shown on the page and used as search filters. */
export const tagsField = () =>
	z
		.array(z.string().trim().min(1).toLowerCase())
		.default([])
		.describe('Lowercase topics, e.g. [peer support, evaluation].');
