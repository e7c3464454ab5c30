import { z } from 'astro/zod';
import { dateField, tagsField, type ReferenceFactory } from './shared';

/** Frontmatter of an essay in `content/essays/<slug>.mdx`. */
export const EssayFrontmatterSchema = ({ reference }: { reference: ReferenceFactory }) =>
	z.object({
		/** The essay's title, as readers see it in lists and at the top of the page. */
		title: z.string().trim().min(1),
		/** One line under the title saying what the essay offers; at most 160 characters. */
		subtitle: z.string().trim().min(1).max(160),
		/** Shown in lists, search results and feeds; one or two sentences, at most 300 characters. */
		summary: z.string().trim().min(1).max(300),
		/** The id of the project whose series this essay belongs to, e.g. `peer-support`. */
		project: reference('projects'),
		/** Position in the project's series, from 1; numbers must be unique and without gaps. */
		number: z.number().int().min(1).max(6),
		/** Ids of the authors in `content/authors/`, e.g. `[q-lab-team]`. */
		authors: z.array(reference('authors')).min(1),
		/** Publication date, YYYY-MM-DD. An essay dated in the future is held back until that day. */
		published: dateField(),
		/** Date of the last substantial revision, YYYY-MM-DD; not before `published`. */
		updated: dateField().optional(),
		/** Three to five short points shown at the top of the essay. */
		keyPoints: z.array(z.string().trim().min(1)).max(6).default([]),
		/** Lowercase topics, e.g. `[peer support, evaluation]`. */
		tags: tagsField(),
		/** `true` keeps the essay out of the built site; it still shows in `npm run dev` with a banner. */
		draft: z.boolean().default(false),
	});

export type EssayFrontmatterInput = z.input<ReturnType<typeof EssayFrontmatterSchema>>;
export type EssayFrontmatter = z.output<ReturnType<typeof EssayFrontmatterSchema>>;
