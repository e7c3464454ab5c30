import { z } from 'astro/zod';
import { dateField, flag, list, tagsField, text, wholeNumber, type ReferenceFactory } from './shared.ts';

/** Frontmatter of an essay in `content/essays/<slug>.mdx`. */
export const EssayFrontmatterSchema = ({ reference }: { reference: ReferenceFactory }) =>
	z.object({
		/** The essay's title, as readers see it in lists and at the top of the page. */
		title: text().describe('The essay’s title, as readers see it in lists and at the top of the page.'),
		/** One line under the title saying what the essay offers; at most 160 characters. */
		subtitle: text({ max: 160 }).describe('One line under the title saying what the essay offers.'),
		/** Shown in lists, search results and feeds; one or two sentences, at most 300 characters. */
		summary: text({ max: 300 }).describe('Shown in lists, search results and feeds; one or two sentences.'),
		/** The id of the project whose series this essay belongs to, e.g. `peer-support`. */
		project: reference('projects').describe(
			'The project whose series this essay belongs to: a file name from content/projects/, e.g. peer-support.',
		),
		/** Position in the project's series, from 1; numbers must be unique and without gaps. */
		number: wholeNumber({ min: 1 }).describe(
			'Its place in the project’s series, from 1; numbers in a project are unique and leave no gaps.',
		),
		/** Ids of the authors in `content/authors/`, e.g. `[q-lab-team]`. */
		authors: list(reference('authors'), { min: 1 }).describe(
			'File names from content/authors/, in byline order, e.g. [q-lab-team].',
		),
		/** Publication date, YYYY-MM-DD. An essay dated in the future is held back until that day. */
		published: dateField().describe(
			'Publication date, YYYY-MM-DD. An essay dated in the future is held back until that day.',
		),
		/** Date of the last substantial revision, YYYY-MM-DD; not before `published`. */
		updated: dateField()
			.optional()
			.describe('Date of the last substantial revision, YYYY-MM-DD; not before published.'),
		/** Three to five short points shown at the top of the essay. */
		keyPoints: list(text(), { max: 6 })
			.default([])
			.describe('Three to five short points shown at the top of the essay, one per line starting with "- ".'),
		/** Lowercase topics, e.g. `[peer support, evaluation]`. */
		tags: tagsField(),
		/** `true` keeps the essay out of the built site; it still shows in `npm run dev` with a banner. */
		draft: flag().describe('true keeps the essay out of the built site; it still shows in npm run dev with a banner.'),
	});

export type EssayFrontmatterInput = z.input<ReturnType<typeof EssayFrontmatterSchema>>;
export type EssayFrontmatter = z.output<ReturnType<typeof EssayFrontmatterSchema>>;
