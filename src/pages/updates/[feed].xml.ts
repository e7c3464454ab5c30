import type { APIRoute, GetStaticPaths } from 'astro';
import { mdxComponents } from '../../components/mdx';
import { fullTextPageKey, updates } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { siteSettings } from '../../data/site';
import { paths } from '../../lib/urls';
import { settings } from '../../settings';

// /updates/rss.xml: a route with a parameter only so that it can have an incremental-build key (Astro skips only
// pages from getStaticPaths); the feed shows every entry's full text.
export const getStaticPaths = (async () => [
	{ params: { feed: 'rss' }, cacheKey: await fullTextPageKey() },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
	entryFeed({
		title: 'updates',
		description: (await siteSettings()).feeds.updates,
		listPath: paths.updates(),
		entries: await updates(),
		pathOf: paths.update,
		site: settings.site,
		base: settings.base,
		components: mdxComponents,
	});
