import type { APIRoute } from 'astro';
import { essays } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { paths } from '../../lib/urls';
import { settings } from '../../settings';

export const GET: APIRoute = async () =>
	entryFeed({
		title: 'essays',
		description: 'The Lab Essays from the Q Improvement Lab, in full.',
		listPath: paths.essays(),
		entries: await essays(),
		pathOf: paths.essay,
		site: settings.site,
		base: settings.base,
	});
