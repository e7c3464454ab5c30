import { z } from 'astro/zod';
import { flag, text } from './shared.ts';

/** Frontmatter of a standalone page in `content/pages/<slug>.mdx`, such as the FAQ. */
export const PageFrontmatterSchema = z.object({
	/** The page's title, printed as its only top-level heading. */
	title: text().describe('The page’s title, printed as its only top-level heading.'),
	/** Shown in search results and link previews; at most 300 characters. */
	summary: text({ max: 300 }).describe('Shown in search results and link previews; one or two sentences.'),
	/** `true` keeps the page out of the built site. */
	draft: flag().describe('true keeps the page out of the built site; it still shows in npm run dev with a banner.'),
});

export type PageFrontmatterInput = z.input<typeof PageFrontmatterSchema>;
export type PageFrontmatter = z.output<typeof PageFrontmatterSchema>;
