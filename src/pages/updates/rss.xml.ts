import type { APIRoute } from 'astro';
import { mdxComponents } from '../../components/mdx';
import { updates } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { siteSettings } from '../../data/site';
import { paths } from '../../lib/urls';
import { settings } from '../../settings';

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
