import { z } from 'astro/zod';
import { dateField, tagsField, type ReferenceFactory } from './shared';

/** Frontmatter of a blog update in `content/updates/<slug>.mdx`. */
export const UpdateFrontmatterSchema = ({ reference }: { reference: ReferenceFactory }) =>
	z.object({
		/** The update's headline. */
		title: z.string().trim().min(1),
		/** Shown in lists, search results and feeds; at most 300 characters. */
		summary: z.string().trim().min(1).max(300),
		/** Publication date, YYYY-MM-DD. An update dated in the future is held back until that day. */
		published: dateField(),
		/** The id of the author in `content/authors/`, e.g. `q-lab-team`. */
		author: reference('authors'),
		/** The id of the project the update is about, e.g. `peer-support`; optional. */
		project: reference('projects').optional(),
		/** Lowercase topics, e.g. `[workshop]`. */
		tags: tagsField(),
		/** `true` keeps the update out of the built site; it still shows in `npm run dev` with a banner. */
		draft: z.boolean().default(false),
	});

export type UpdateFrontmatterInput = z.input<ReturnType<typeof UpdateFrontmatterSchema>>;
export type UpdateFrontmatter = z.output<ReturnType<typeof UpdateFrontmatterSchema>>;
