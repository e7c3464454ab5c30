import { referenceId } from '../content/ordering.ts';
import { relatedEntries } from '../content/related.ts';
import { bodyFactsOf } from '../content/body-facts.ts';
import { article } from '../seo/json-ld.ts';
import type { IndexedEntry } from '../search/index-record.ts';
import { paths } from '../urls.ts';
import { markdownPath } from '../mirror/entry-markdown.ts';
import { linksFor, type SiteContext } from './context.ts';
import type { AuthorEntry, ListItem, ProjectEntry, UpdateEntry } from './entries.ts';
import { pageHead, publisherNode, type PageHead } from './head.ts';
import { authorOf } from './people.ts';

/** Everything an update's page shows. */
export interface UpdatePage {
	head: PageHead;
	/** The page's Markdown mirror under the base, for `<link rel="alternate">` and the plain-text link. */
	mirror: string;
	/** The project the update is about, linked from the kicker. */
	project?: { title: string; url: string };
	byline: { authors: string[]; published: Date; minutes: number };
	searchRecord: IndexedEntry;
	/** Other updates sharing tags or the project, best first. */
	related: ListItem[];
}

export interface UpdatePageInput {
	site: SiteContext;
	projects: readonly ProjectEntry[];
	updates: readonly UpdateEntry[];
	authors: ReadonlyMap<string, AuthorEntry>;
}

/** The view model of an update's page: `updatePage(update, { site, projects, updates, authors })`. */
export function updatePage(update: UpdateEntry, { site, projects, updates, authors }: UpdatePageInput): UpdatePage {
	const { href, absolute } = linksFor(site);
	const { data } = update;
	const path = paths.update(update.id);
	const projectId = data.project && referenceId(data.project);
	const project = projectId ? projects.find((p) => p.id === projectId) : undefined;
	const author = authorOf(data.author.id, authors);
	const image = paths.ogImage('updates', update.id);
	const relatable = (u: UpdateEntry) => ({
		key: u.id,
		title: u.data.title,
		summary: u.data.summary,
		tags: u.data.tags,
		...(u.data.project ? { project: referenceId(u.data.project) } : {}),
		published: u.data.published,
		url: href(paths.update(u.id)),
	});
	return {
		mirror: href(markdownPath(path)),
		head: pageHead(
			{
				title: data.title,
				description: data.summary,
				path,
				parent: { name: 'Updates', path: paths.updates() },
				article: { published: data.published, image },
				nodes: [
					article({
						type: 'BlogPosting',
						headline: data.title,
						description: data.summary,
						url: absolute(path),
						image: absolute(image),
						published: data.published,
						authors: [author],
						publisherId: publisherNode(site)['@id'],
					}),
				],
			},
			site,
		),
		...(project ? { project: { title: project.data.title, url: href(paths.project(project.id)) } } : {}),
		byline: { authors: [author.name], published: data.published, minutes: bodyFactsOf(update).readingMinutes },
		searchRecord: { type: 'Update', project: project?.data.title, date: data.published, tags: data.tags },
		related: relatedEntries(relatable(update), updates.map(relatable)).map(({ url, title, summary, published }) => ({
			url,
			title,
			summary,
			date: published,
		})),
	};
}
