import { z } from 'astro/zod';
import { choice, dateField, flag, list, tagsField, text } from './shared.ts';

/** One stage of a project, shown on its timeline. */
export const PhaseSchema = z.object({
	/** The phase's name, e.g. "Research and discovery". */
	name: text().describe('The phase’s name, e.g. "Research and discovery".'),
	/** First month of the phase, YYYY-MM-DD. */
	start: dateField().describe('First month of the phase, YYYY-MM-DD.'),
	/** Last month of the phase, YYYY-MM-DD. */
	end: dateField().describe('Last month of the phase, YYYY-MM-DD.'),
	/** One or two sentences on what happened in this phase. */
	summary: text().describe('One or two sentences on what happened in this phase.'),
});

/** An organisation that worked on a project with its publisher. */
export const PartnerSchema = z.object({
	/** The organisation's name, e.g. "Mind". */
	name: text().describe('The organisation’s name, e.g. "Mind".'),
	/** What it did in the project, in a few words. */
	role: text().describe('What it did in the project, in a few words.'),
});

/** A headline figure about a project, e.g. { value: "2,666", label: "people completed the survey" }. */
export const FigureSchema = z.object({
	/** The figure as written, e.g. "2,666" or "over 120". */
	value: text().describe('The figure as written, in quotes, e.g. "2,666" or "over 120".'),
	/** What the figure counts. */
	label: text().describe('What the figure counts.'),
});

/** Frontmatter of a project overview in `content/projects/<slug>.mdx`. */
export const ProjectFrontmatterSchema = z.object({
	/** The project's short name, e.g. "Peer support". */
	title: text().describe('The project’s short name, e.g. "Peer support".'),
	/** The challenge question the project set out to answer; ends with a question mark. */
	challenge: text().describe('The challenge question the project set out to answer; ends with a question mark.'),
	/** Shown in lists, search results and feeds; at most 300 characters. */
	summary: text({ max: 300 }).describe('Shown in lists, search results and feeds; one or two sentences.'),
	/** `current` while the project runs, `completed` once it has ended. */
	status: choice(['current', 'completed']).describe('current while the project runs, completed once it has ended.'),
	/** The month the project began, YYYY-MM-DD. */
	start: dateField().describe('The month the project began, YYYY-MM-DD.'),
	/** The month it ended, YYYY-MM-DD; leave out while it is still running. */
	end: dateField().optional().describe('The month it ended, YYYY-MM-DD; leave it out while the project runs.'),
	/** Organisations that worked on the project. */
	partners: list(PartnerSchema)
		.default([])
		.describe('Organisations that worked on the project: a list of { name, role }.'),
	/** The project's stages, in order. */
	phases: list(PhaseSchema)
		.default([])
		.describe('The project’s stages, in order: a list of { name, start, end, summary }.'),
	/** Headline participant figures; optional. */
	figures: list(FigureSchema).default([]).describe('Headline participant figures: a list of { value, label }.'),
	/** Lowercase topics, e.g. `[peer support]`. */
	tags: tagsField(),
	/** `true` keeps the project out of the built site. */
	draft: flag().describe('true keeps the project out of the built site; it still shows in npm run dev with a banner.'),
});

export type ProjectFrontmatterInput = z.input<typeof ProjectFrontmatterSchema>;
export type ProjectFrontmatter = z.output<typeof ProjectFrontmatterSchema>;
