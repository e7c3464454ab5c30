import { slug } from 'github-slugger';
import { placeholder } from './checks/placeholders.ts';

/** The kinds of entry `npm run new` creates, and the folder each goes in. */
export const KINDS = { essay: 'essays', update: 'updates', project: 'projects', page: 'pages' } as const;
export type Kind = keyof typeof KINDS;

/** What the scaffolder needs to know about the content that exists. */
export interface ExistingContent {
	/** Every essay's project id and number, drafts included. */
	essays: { project: string; number: number }[];
	/** Project ids, newest `start` first. */
	projects: string[];
}

/** A file to create: its path inside content/ and its text. */
export interface Scaffold {
	path: string;
	text: string;
	/** Things the editor should know, printed after the path. */
	notes: string[];
}

const yamlString = (value: string) => JSON.stringify(value);

/** The next free number in a project's series: one more than the highest, or 1. */
export function nextEssayNumber(essays: ExistingContent['essays'], project: string): number {
	return Math.max(0, ...essays.filter((essay) => essay.project === project).map((essay) => essay.number)) + 1;
}

/**
 * The file `npm run new -- <kind> "Title"` creates: every required field, the slug from the title,
 * `today` as the date, the next essay number, and placeholders the content check rejects until they are replaced.
 * New entries start as drafts, so they show in `npm run dev` but are never published by accident.
 */
export function scaffold(
	kind: Kind,
	title: string,
	{ today, existing, project }: { today: string; existing: ExistingContent; project?: string },
): Scaffold {
	const id = slug(title.trim());
	if (!id) throw new Error(`The title ${yamlString(title)} has no letters or digits to make a file name from.`);
	const path = `${KINDS[kind]}/${id}.mdx`;
	const notes: string[] = [];
	const chosenProject = project ?? existing.projects[0];
	if (kind === 'essay' || kind === 'update') {
		if (!chosenProject)
			throw new Error('There are no projects yet: create one first with `npm run new -- project "Title"`.');
		if (!existing.projects.includes(chosenProject)) {
			throw new Error(`There is no project "${chosenProject}". Use one of: ${existing.projects.join(', ')}.`);
		}
		if (!project) notes.push(`project is ${chosenProject}, the newest; pass --project <id> for another.`);
	}
	const fields: string[] = [`title: ${yamlString(title.trim())}`];
	const todo = (what: string) => yamlString(placeholder(what));
	switch (kind) {
		case 'essay':
			fields.push(
				`subtitle: ${todo('one line saying what the essay offers, at most 160 characters')}`,
				`summary: ${todo('one or two sentences for lists, search results and feeds, at most 300 characters')}`,
				`project: ${chosenProject}`,
				`number: ${nextEssayNumber(existing.essays, chosenProject!)}`,
				`authors: [${todo('file names from content/authors/, e.g. q-lab-team')}]`,
				`published: ${today}`,
				'tags: []',
			);
			break;
		case 'update':
			fields.push(
				`summary: ${todo('one or two sentences for lists, search results and feeds, at most 300 characters')}`,
				`published: ${today}`,
				`author: ${todo('a file name from content/authors/, e.g. q-lab-team')}`,
				`project: ${chosenProject}`,
				'tags: []',
			);
			break;
		case 'project':
			fields.push(
				`challenge: ${todo('the question the project set out to answer?')}`,
				`summary: ${todo('one or two sentences for lists, search results and feeds, at most 300 characters')}`,
				'status: current',
				`start: ${today}`,
				'tags: []',
			);
			break;
		case 'page':
			fields.push(`summary: ${todo('one or two sentences for search results and link previews')}`);
			break;
	}
	fields.push('draft: true # delete this line when the entry is ready to publish');
	const body = `${placeholder('write the text here, with ## headings for its sections.')}\n`;
	return { path, text: `---\n${fields.join('\n')}\n---\n\n${body}`, notes };
}
