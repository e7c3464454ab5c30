import { projectLabels, referenceId, seriesOf } from '../content/ordering.ts';
import { cite } from '../citation.ts';
import { formatMonth, formatMonthRange, isoDate } from '../format.ts';
import type { ProjectFrontmatter } from '../schemas/project.ts';
import type { IndexedEntry } from '../search/index-record.ts';
import { paths } from '../urls.ts';
import { linksFor, type SiteContext } from './context.ts';
import type { EssayEntry, ListItem, ProjectEntry, UpdateEntry } from './entries.ts';
import { pageHead, publisherNode, type PageHead } from './head.ts';
import { seriesItems } from './series.ts';

/** A date as a `<time>` shows it: `{ iso: '2018-05-01', text: 'May 2018' }`. */
export interface TimeView {
	iso: string;
	text: string;
}

/** Everything a project overview's page shows. */
export interface ProjectPage {
	head: PageHead;
	/** "Project one · Project overview". */
	kicker: string;
	status: { value: ProjectFrontmatter['status']; text: string };
	/** "April 2017 – May 2018", or "September 2018 onwards". */
	dates: string;
	searchRecord: IndexedEntry;
	phases: { name: string; summary: string; start: TimeView; end: TimeView }[];
	/** The project's essays in series order. */
	essays: ListItem[];
	/** Updates about the project, newest first. */
	updates: ListItem[];
}

export interface ProjectPageInput {
	site: SiteContext;
	essays: readonly EssayEntry[];
	projects: readonly ProjectEntry[];
	/** Newest first, as listings show them. */
	updates: readonly UpdateEntry[];
}

const STATUS_TEXT: Record<ProjectFrontmatter['status'], string> = {
	current: 'Current project',
	completed: 'Completed',
};
const time = (date: Date): TimeView => ({ iso: isoDate(date), text: formatMonth(date) });

/** The view model of a project overview: `projectPage(project, { site, essays, projects, updates })`. */
export function projectPage(project: ProjectEntry, { site, essays, projects, updates }: ProjectPageInput): ProjectPage {
	const { href, absolute } = linksFor(site);
	const { data } = project;
	const path = paths.project(project.id);
	const organisation = { name: site.settings.organisation, type: 'organisation' as const };
	const citation = cite({
		kind: 'Report',
		title: data.title,
		summary: data.summary,
		authors: [organisation],
		url: absolute(path),
		container: site.settings.title,
		publisher: site.settings.organisation,
		publisherId: publisherNode(site)['@id'],
		language: site.settings.locale,
	});
	return {
		head: pageHead(
			{
				title: data.title,
				description: data.summary,
				path,
				parent: { name: 'Projects', path: paths.projects() },
				nodes: [citation.jsonLd],
				meta: citation.meta,
			},
			site,
		),
		kicker: `${projectLabels(projects).get(project.id) ?? ''} · Project overview`,
		status: { value: data.status, text: STATUS_TEXT[data.status] },
		dates: formatMonthRange(data.start, data.end),
		searchRecord: { type: 'Project', project: data.title, date: data.start, tags: data.tags },
		phases: data.phases.map((phase) => ({
			name: phase.name,
			summary: phase.summary,
			start: time(phase.start),
			end: time(phase.end),
		})),
		essays: seriesItems(seriesOf(essays, project.id), href),
		updates: updates
			.filter((u) => u.data.project && referenceId(u.data.project) === project.id)
			.map((u) => ({
				url: href(paths.update(u.id)),
				title: u.data.title,
				summary: u.data.summary,
				date: u.data.published,
			})),
	};
}
