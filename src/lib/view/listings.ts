import { projectLabels } from '../content/ordering.ts';
import { formatMonthRange } from '../format.ts';
import { paths } from '../urls.ts';
import { linksFor, type SiteContext } from './context.ts';
import type { EssayEntry, ListItem, ProjectEntry, UpdateEntry } from './entries.ts';
import { pageHead, type PageHead } from './head.ts';
import { allSeries, type SeriesView } from './series.ts';

/** A listing's own wording, which the page passes in: its title and a sentence for search engines. */
export interface ListingText {
	title: string;
	description?: string | undefined;
}

interface Collections {
	site: SiteContext;
	essays: readonly EssayEntry[];
	/** In the order they started. */
	projects: readonly ProjectEntry[];
	/** Newest first. */
	updates: readonly UpdateEntry[];
}

const updateItem = (href: (path: string) => string) => (u: UpdateEntry) => ({
	url: href(paths.update(u.id)),
	title: u.data.title,
	summary: u.data.summary,
	date: u.data.published,
});

/** How many updates the home page shows. */
export const HOME_UPDATES = 3;

export interface HomePage {
	head: PageHead;
	/** The site's name, publisher and introduction (content/site.yaml `home`), with its optional link. */
	intro: { kicker: string; title: string; introduction: string; link?: { label: string; href: string } };
	series: SeriesView[];
	/** The project that started last. */
	latestProject?: { label: string; url: string; title: string; challenge: string };
	latestUpdates: ListItem[];
}

/** The home page: every series, the latest project and the latest updates. */
export function homePage({ site, essays, projects, updates }: Collections): HomePage {
	const { href } = linksFor(site);
	const labels = projectLabels(projects);
	const latest = projects.at(-1);
	return {
		head: pageHead({ title: site.settings.title, path: paths.home() }, site),
		intro: {
			kicker: site.settings.organisation,
			title: site.settings.title,
			introduction: site.settings.home.introduction,
			...(site.settings.home.link
				? { link: { label: site.settings.home.link.label, href: href(site.settings.home.link.href) } }
				: {}),
		},
		series: allSeries({ essays, projects }, href),
		...(latest
			? {
					latestProject: {
						label: `${labels.get(latest.id)} · ${formatMonthRange(latest.data.start, latest.data.end)}`,
						url: href(paths.project(latest.id)),
						title: latest.data.title,
						challenge: latest.data.challenge,
					},
				}
			: {}),
		latestUpdates: updates.slice(0, HOME_UPDATES).map(updateItem(href)),
	};
}

/** The essays index: one section per project with essays, each essay dated. */
export function essaysIndex(
	{ site, essays, projects }: Omit<Collections, 'updates'>,
	text: ListingText,
): { head: PageHead; series: SeriesView[] } {
	const { href } = linksFor(site);
	return {
		head: pageHead({ ...text, path: paths.essays() }, site),
		series: allSeries({ essays, projects }, href, { dated: true }),
	};
}

/** The projects index: every project, labelled and dated by its start. */
export function projectsIndex(
	{ site, projects }: Pick<Collections, 'site' | 'projects'>,
	text: ListingText,
): { head: PageHead; items: ListItem[] } {
	const { href } = linksFor(site);
	const labels = projectLabels(projects);
	return {
		head: pageHead({ ...text, path: paths.projects() }, site),
		items: projects.map((p) => ({
			url: href(paths.project(p.id)),
			title: p.data.title,
			summary: p.data.summary,
			date: p.data.start,
			...(labels.has(p.id) ? { label: labels.get(p.id)! } : {}),
		})),
	};
}

/** One page of the updates listing, as Astro's `paginate()` hands it over. */
export interface UpdatesPageData {
	data: readonly UpdateEntry[];
	currentPage: number;
	lastPage: number;
}

export interface UpdatesIndex {
	head: PageHead;
	/** "Updates", or "Updates, page 2 of 3" after the first page. */
	title: string;
	items: ListItem[];
	/** Links to the neighbouring pages, when there is more than one. */
	pagination?: { newer?: string; older?: string };
}

/** A page of the updates listing, newest first. */
export function updatesIndex(page: UpdatesPageData, { site }: { site: SiteContext }, text: ListingText): UpdatesIndex {
	const { href } = linksFor(site);
	const { currentPage, lastPage } = page;
	const title = currentPage === 1 ? text.title : `${text.title}, page ${currentPage} of ${lastPage}`;
	return {
		head: pageHead({ title, description: text.description, path: paths.updates(currentPage) }, site),
		title,
		items: page.data.map(updateItem(href)),
		...(lastPage > 1
			? {
					pagination: {
						...(currentPage > 1 ? { newer: href(paths.updates(currentPage - 1)) } : {}),
						...(currentPage < lastPage ? { older: href(paths.updates(currentPage + 1)) } : {}),
					},
				}
			: {}),
	};
}
