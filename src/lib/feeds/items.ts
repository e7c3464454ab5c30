import type { RSSFeedItem } from '@astrojs/rss';

export interface FeedEntry {
	title: string;
	summary: string;
	published: Date;
	/** The entry's absolute URL. */
	url: string;
	authors: readonly string[];
	/** The full body as HTML with absolute links. */
	html: string;
}

/** An RSS item with the full content, newest first when given in that order. */
export function feedItem(entry: FeedEntry): RSSFeedItem {
	return {
		title: entry.title,
		description: entry.summary,
		pubDate: entry.published,
		link: entry.url,
		content: entry.html,
		customData: entry.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
	};
}

/** Newest first; ties keep their order. */
export function newestFirst<T extends { published: Date }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => b.published.getTime() - a.published.getTime());
}

const escapeXml = (text: string) =>
	text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
