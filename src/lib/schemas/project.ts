import { z } from 'astro/zod';
import { dateField, tagsField } from './shared';

/** One stage of a project, shown on its timeline. */
export const PhaseSchema = z.object({
	/** The phase's name, e.g. "Research and discovery". */
	name: z.string().trim().min(1),
	/** First month of the phase, YYYY-MM-DD. */
	start: dateField(),
	/** Last month of the phase, YYYY-MM-DD. */
	end: dateField(),
	/** One or two sentences on what happened in this phase. */
	summary: z.string().trim().min(1),
});

/** An organisation that worked with the Lab on a project. */
export const PartnerSchema = z.object({
	/** The organisation's name, e.g. "Mind". */
	name: z.string().trim().min(1),
	/** What it did in the project, in a few words. */
	role: z.string().trim().min(1),
});

/** A headline figure about a project, e.g. { value: "2,666", label: "people completed the survey" }. */
export const FigureSchema = z.object({
	/** The figure as written, e.g. "2,666" or "over 120". */
	value: z.string().trim().min(1),
	/** What the figure counts. */
	label: z.string().trim().min(1),
});

/** Frontmatter of a project overview in `content/projects/<slug>.mdx`. */
export const ProjectFrontmatterSchema = z.object({
	/** The project's short name, e.g. "Peer support". */
	title: z.string().trim().min(1),
	/** The challenge question the project set out to answer; ends with a question mark. */
	challenge: z.string().trim().min(1),
	/** Shown in lists, search results and feeds; at most 300 characters. */
	summary: z.string().trim().min(1).max(300),
	/** `current` while the project runs, `completed` once it has ended. */
	status: z.enum(['current', 'completed']),
	/** The month the project began, YYYY-MM-DD. */
	start: dateField(),
	/** The month it ended, YYYY-MM-DD; leave out while it is still running. */
	end: dateField().optional(),
	/** Organisations that worked with the Lab. */
	partners: z.array(PartnerSchema).default([]),
	/** The project's stages, in order. */
	phases: z.array(PhaseSchema).default([]),
	/** Headline participant figures; optional. */
	figures: z.array(FigureSchema).default([]),
	/** Lowercase topics, e.g. `[peer support]`. */
	tags: tagsField(),
	/** `true` keeps the project out of the built site. */
	draft: z.boolean().default(false),
});

export type ProjectFrontmatterInput = z.input<typeof ProjectFrontmatterSchema>;
export type ProjectFrontmatter = z.output<typeof ProjectFrontmatterSchema>;
