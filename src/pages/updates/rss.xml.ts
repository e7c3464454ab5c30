import type { APIRoute } from 'astro';
import { updates } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { paths } from '../../lib/urls';
import { settings } from '../../settings';

export const GET: APIRoute = async () =>
	entryFeed({
		title: 'updates',
		description: 'News and reflections from the Q Improvement Lab as its projects unfolded, in full.',
		listPath: paths.updates(),
		entries: await updates(),
		pathOf: paths.update,
		site: settings.site,
		base: settings.base,
	});
