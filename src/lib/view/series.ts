import { projectLabels, seriesOf } from '../content/ordering.ts';
import { formatMonthRange } from '../format.ts';
import { paths } from '../urls.ts';
import type { EssayEntry, ListItem, ProjectEntry } from './entries.ts';

/** One project's essays, as listings show them. */
export interface SeriesView {
	/** The project's id, for heading ids: `series-peer-support`. */
	id: string;
	/** "Project one". */
	label: string;
	/** The project, with its months: "April 2017 – May 2018". */
	project: { title: string; url: string; dates: string };
	/** The essays in series order, each labelled "Essay 1", "Essay 2", … */
	items: ListItem[];
}

/** The essays of a series as list items; `dated` adds each essay's publication date. */
export function seriesItems(
	essays: readonly EssayEntry[],
	href: (path: string) => string,
	{ dated = false }: { dated?: boolean } = {},
): ListItem[] {
	return essays.map((e) => ({
		url: href(paths.essay(e.id)),
		title: e.data.title,
		summary: e.data.summary,
		label: `Essay ${e.data.number}`,
		...(dated ? { date: e.data.published } : {}),
	}));
}

/** Every project that has essays, in the order projects started, with its series. */
export function allSeries(
	{ essays, projects }: { essays: readonly EssayEntry[]; projects: readonly ProjectEntry[] },
	href: (path: string) => string,
	options: { dated?: boolean } = {},
): SeriesView[] {
	const labels = projectLabels(projects);
	return projects
		.map((project) => ({ project, series: seriesOf(essays, project.id) }))
		.filter(({ series }) => series.length > 0)
		.map(({ project, series }) => ({
			id: project.id,
			label: labels.get(project.id) ?? '',
			project: {
				title: project.data.title,
				url: href(paths.project(project.id)),
				dates: formatMonthRange(project.data.start, project.data.end),
			},
			items: seriesItems(series, href, options),
		}));
}
