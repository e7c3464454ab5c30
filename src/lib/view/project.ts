import { projectLabels, referenceId, seriesOf } from '../content/ordering.ts';
import type { TimelinePhase } from '../charts/timeline.ts';
import { cite } from '../citation.ts';
import { formatMonthRange } from '../format.ts';
import type { ProjectFrontmatter } from '../schemas/project.ts';
import type { IndexedEntry } from '../search/index-record.ts';
import { paths } from '../urls.ts';
import { markdownPath } from '../mirror/entry-markdown.ts';
import { linksFor, type SiteContext } from './context.ts';
import type { EssayEntry, ListItem, ProjectEntry, UpdateEntry } from './entries.ts';
import { pageHead, publisherNode, type PageHead } from './head.ts';
import { seriesItems } from './series.ts';

/** Everything a project overview's page shows. */
export interface ProjectPage {
	head: PageHead;
	/** The page's Markdown mirror under the base, for `<link rel="alternate">` and the plain-text link. */
	mirror: string;
	/** "Project one · Project overview". */
	kicker: string;
	status: { value: ProjectFrontmatter['status']; text: string };
	/** "April 2017 – May 2018", or "September 2018 onwards". */
	dates: string;
	searchRecord: IndexedEntry;
	/** The phases for the timeline figure (src/lib/charts/timeline.ts), with its caption. */
	timeline: { phases: readonly TimelinePhase[]; title: string };
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
		mirror: href(markdownPath(path)),
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
		timeline: { phases: data.phases, title: `${data.title}: the project’s phases` },
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
