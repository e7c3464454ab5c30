import { z } from 'astro/zod';

/** Frontmatter of a standalone page in `content/pages/<slug>.mdx`, such as the FAQ. */
export const PageFrontmatterSchema = z.object({
	/** The page's title, printed as its only top-level heading. */
	title: z.string().trim().min(1),
	/** Shown in search results and link previews; at most 300 characters. */
	summary: z.string().trim().min(1).max(300),
	/** `true` keeps the page out of the built site. */
	draft: z.boolean().default(false),
});

export type PageFrontmatterInput = z.input<typeof PageFrontmatterSchema>;
export type PageFrontmatter = z.output<typeof PageFrontmatterSchema>;
