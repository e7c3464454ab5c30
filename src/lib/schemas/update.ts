import { z } from 'astro/zod';
import { dateField, flag, tagsField, text, type ReferenceFactory } from './shared.ts';

/** Frontmatter of a blog update in `content/updates/<slug>.mdx`. */
export const UpdateFrontmatterSchema = ({ reference }: { reference: ReferenceFactory }) =>
	z.object({
		/** The update's headline. */
		title: text().describe('The update’s headline.'),
		/** Shown in lists, search results and feeds; at most 300 characters. */
		summary: text({ max: 300 }).describe('Shown in lists, search results and feeds; one or two sentences.'),
		/** Publication date, YYYY-MM-DD. An update dated in the future is held back until that day. */
		published: dateField().describe(
			'Publication date, YYYY-MM-DD. An update dated in the future is held back until that day.',
		),
		/** The id of the author in `content/authors/`, e.g. `q-lab-team`. */
		author: reference('authors').describe('A file name from content/authors/, e.g. q-lab-team.'),
		/** The id of the project the update is about, e.g. `peer-support`; optional. */
		project: reference('projects')
			.optional()
			.describe('The project the update is about: a file name from content/projects/, e.g. peer-support.'),
		/** Lowercase topics, e.g. `[workshop]`. */
		tags: tagsField(),
		/** `true` keeps the update out of the built site; it still shows in `npm run dev` with a banner. */
		draft: flag().describe('true keeps the update out of the built site; it still shows in npm run dev with a banner.'),
	});

export type UpdateFrontmatterInput = z.input<ReturnType<typeof UpdateFrontmatterSchema>>;
export type UpdateFrontmatter = z.output<ReturnType<typeof UpdateFrontmatterSchema>>;
