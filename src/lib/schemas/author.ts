import { z } from 'astro/zod';

/** An author in `content/authors/<id>.yaml`: a person or an organisation. */
export const AuthorSchema = z.object({
	/** The name as it appears in bylines, e.g. "The Q Lab team". */
	name: z.string().trim().min(1),
	/** The author's role, e.g. "Head of Q Labs". */
	role: z.string().trim().min(1),
	/** `organisation` for a team or body, `person` for an individual. */
	type: z.enum(['organisation', 'person']).default('person'),
});

export type AuthorInput = z.input<typeof AuthorSchema>;
export type Author = z.output<typeof AuthorSchema>;
