import type { APIRoute } from 'astro';
import { mdxComponents } from '../../components/mdx';
import { essays } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { siteSettings } from '../../data/site';
import { paths } from '../../lib/urls';
import { settings } from '../../settings';

export const GET: APIRoute = async () =>
	entryFeed({
		title: 'essays',
		description: (await siteSettings()).feeds.essays,
		listPath: paths.essays(),
		entries: await essays(),
		pathOf: paths.essay,
		site: settings.site,
		base: settings.base,
		components: mdxComponents,
	});
