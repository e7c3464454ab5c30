import { z } from 'astro/zod';
import { choice, text } from './shared.ts';

/** An author in `content/authors/<id>.yaml`: a person or an organisation. */
export const AuthorSchema = z.object({
	/** The name as it appears in bylines, e.g. "The research team". */
	name: text().describe('The name as it appears in bylines, e.g. "The research team".'),
	/** The author's role, e.g. "Head of research". */
	role: text().describe('The author’s role, e.g. "Head of research".'),
	/** `organisation` for a team or body, `person` for an individual. */
	type: choice(['organisation', 'person'])
		.default('person')
		.describe('organisation for a team or body, person for an individual.'),
});

export type AuthorInput = z.input<typeof AuthorSchema>;
export type Author = z.output<typeof AuthorSchema>;
