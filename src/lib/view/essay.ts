import { neighboursInSeries, projectLabels, referenceId, seriesOf } from '../content/ordering.ts';
import { relatedEntries } from '../content/related.ts';
import { cite, type CitedWork } from '../citation.ts';
import { bodyFactsOf } from '../content/body-facts.ts';
import { essayPosition } from '../essay/series-position.ts';
import { essayToc, type Heading, type TocItem } from '../essay/toc.ts';
import type { IndexedEntry } from '../search/index-record.ts';
import { paths } from '../urls.ts';
import { markdownPath } from '../mirror/entry-markdown.ts';
import { linksFor, type SiteContext } from './context.ts';
import type { AuthorEntry, EssayEntry, ListItem, ProjectEntry, SourceEntry, UpdateEntry } from './entries.ts';
import { pageHead, publisherNode, type PageHead } from './head.ts';
import { authorOf } from './people.ts';

/** Everything an essay's page shows, built from the essay, its neighbours and the site's settings. */
export interface EssayPage {
	head: PageHead;
	/** The page's Markdown mirror under the base, for `<link rel="alternate">` and the plain-text link. */
	mirror: string;
	/** The kicker above the title: the series label linking to the project, and "Essay 3 of 6". */
	series: { label: string; url: string; position: string };
	byline: { authors: string[]; published: Date; updated?: Date | undefined; minutes: number };
	searchRecord: IndexedEntry;
	toc: TocItem[];
	/** The essays either side in the series. */
	neighbours: { previous?: { url: string; title: string }; next?: { url: string; title: string } };
	/** The "Cite this essay" box; the head's `citation_*` and JSON-LD come from the same citation. */
	citation: { reference: string; bibtex: string };
	/** Other essays and updates sharing tags or the project, best first; the series neighbours are left out. */
	related: ListItem[];
}

export interface EssayPageInput {
	site: SiteContext;
	essays: readonly EssayEntry[];
	projects: readonly ProjectEntry[];
	updates: readonly UpdateEntry[];
	authors: ReadonlyMap<string, AuthorEntry>;
	/** The bibliography, content/sources/. */
	sources: readonly SourceEntry[];
	/** The essay's headings, as Astro's `render()` reports them. */
	headings: readonly Heading[];
}

/** The view model of an essay's page: `essayPage(essay, { site, essays, projects, updates, authors, sources, headings })`. */
export function essayPage(essay: EssayEntry, input: EssayPageInput): EssayPage {
	const { site, essays, projects, updates, authors, sources, headings } = input;
	const { href, absolute } = linksFor(site);
	const { data } = essay;
	const path = paths.essay(essay.id);
	const projectId = data.project.id;
	const project = projects.find((p) => p.id === projectId);
	const label = projectLabels(projects).get(projectId) ?? 'Project';
	const length = seriesOf(essays, projectId).length;
	const { previous, next } = neighboursInSeries(essays, essay);
	const people = data.authors.map((ref) => authorOf(ref.id, authors));
	const image = paths.ogImage('essays', essay.id);
	const facts = bodyFactsOf(essay);
	const cited = facts.citedSources.flatMap((id): CitedWork[] => {
		const source = sources.find((s) => s.id === id)?.data;
		return source ? [source] : [];
	});

	const citation = cite({
		kind: 'ScholarlyArticle',
		title: data.title,
		subtitle: data.subtitle,
		summary: data.summary,
		authors: people,
		published: data.published,
		updated: data.updated,
		url: absolute(path),
		image: absolute(image),
		container: site.settings.title,
		publisher: site.settings.organisation,
		publisherId: publisherNode(site)['@id'],
		language: site.settings.locale,
		series: {
			label,
			title: project?.data.title ?? label,
			url: absolute(paths.project(projectId)),
			number: data.number,
			length,
		},
		sources: cited,
	});

	const relatable = (entry: EssayEntry | UpdateEntry) => {
		const isEssay = entry.collection === 'essays';
		return {
			key: `${entry.collection}/${entry.id}`,
			title: entry.data.title,
			summary: entry.data.summary,
			tags: entry.data.tags,
			...(entry.data.project ? { project: referenceId(entry.data.project) } : {}),
			published: entry.data.published,
			url: href(isEssay ? paths.essay(entry.id) : paths.update(entry.id)),
			label: isEssay ? 'Essay' : 'Update',
		};
	};
	const related = relatedEntries(relatable(essay), [...essays, ...updates].map(relatable), {
		exclude: [previous, next].filter((e) => e !== undefined).map((e) => `essays/${e.id}`),
	}).map(({ url, title, summary, label }) => ({ url, title, summary, label }));
	const link = (e: EssayEntry | undefined) => e && { url: href(paths.essay(e.id)), title: e.data.title };

	return {
		mirror: href(markdownPath(path)),
		head: pageHead(
			{
				title: data.title,
				description: data.summary,
				path,
				parent: { name: 'Essays', path: paths.essays() },
				article: { published: data.published, updated: data.updated, image },
				nodes: [citation.jsonLd],
				meta: citation.meta,
			},
			site,
		),
		series: { label, url: href(paths.project(projectId)), position: essayPosition(data.number, length) },
		byline: {
			authors: people.map((p) => p.name),
			published: data.published,
			updated: data.updated,
			minutes: facts.readingMinutes,
		},
		searchRecord: { type: 'Essay', project: project?.data.title, date: data.published, tags: data.tags },
		toc: essayToc(headings),
		neighbours: { ...(previous ? { previous: link(previous)! } : {}), ...(next ? { next: link(next)! } : {}) },
		citation: { reference: citation.reference, bibtex: citation.bibtex },
		related,
	};
}
