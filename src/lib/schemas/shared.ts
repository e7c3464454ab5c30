import { z } from 'astro/zod';

/**
 * Builds the schema for a reference to another collection's entry.
 * Astro passes its own `reference()`; unit tests pass `plainReference`, so schemas stay testable
 * without the `astro:content` runtime.
 */
export type ReferenceFactory = (collection: 'projects' | 'authors') => z.ZodType;

/** A reference that accepts an entry id as a plain string, for tests and scripts. */
export const plainReference: ReferenceFactory = () => z.string().min(1);

/** A calendar date written as YYYY-MM-DD in frontmatter. */
export const dateField = () =>
	z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2018-05-01.' });

/** Lowercase topic tags; shown on the page and used as search filters. */
export const tagsField = () =>
	z
		.array(z.string().trim().min(1).toLowerCase())
		.default([])
		.describe('Lowercase topics, e.g. [peer support, evaluation].');
