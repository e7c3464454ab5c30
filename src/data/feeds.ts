import rss from '@astrojs/rss';
import { absoluteLinks } from '../lib/feeds/absolute-links';
import { feedItem, newestFirst, type FeedEntry } from '../lib/feeds/items';
import { absoluteUrl } from '../lib/urls';
import { renderEntryHtml } from './render-content';
import { siteSettings } from './site';
import type { Essay, Update } from './entries';
import { authors } from './entries';

/** An RSS feed of essays or updates with each entry's full content and absolute links. */
export async function entryFeed({
	title,
	description,
	listPath,
	entries,
	pathOf,
	site,
	base,
	components,
}: {
	title: string;
	description: string;
	listPath: string;
	entries: (Essay | Update)[];
	pathOf: (id: string) => string;
	site: string;
	base: string;
	/** The MDX components the entries' pages use, so the feed shows the same content. */
	components: Record<string, unknown>;
}): Promise<Response> {
	const [authorMap, publication] = await Promise.all([authors(), siteSettings()]);
	const nameOf = (id: string) => authorMap.get(id)?.data.name ?? id;
	// One entry at a time: rendering them all at once kept every entry's half-rendered page in memory together,
	// hundreds of megabytes at a thousand essays.
	const items: FeedEntry[] = [];
	for (const entry of entries) {
		const url = absoluteUrl(pathOf(entry.id), site, base);
		const names =
			'authors' in entry.data ? entry.data.authors.map((a) => nameOf(a.id)) : [nameOf(entry.data.author.id)];
		items.push({
			title: entry.data.title,
			summary: entry.data.summary,
			published: entry.data.published,
			url,
			authors: names,
			html: absoluteLinks(await renderEntryHtml(entry, components), url),
		});
	}
	return rss({
		title: `${publication.title}: ${title}`,
		description,
		site: absoluteUrl(listPath, site, base),
		items: newestFirst(items).map(feedItem),
		xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
		customData: `<language>${publication.locale}</language>`,
		trailingSlash: true,
	});
}
