import type { APIRoute } from 'astro';
import { mdxComponents } from '../../components/mdx';
import { updates } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { paths } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) =>
	entryFeed({
		title: 'updates',
		description: 'News and reflections from the Q Improvement Lab as its projects unfolded, in full.',
		listPath: paths.updates(),
		entries: await updates(),
		pathOf: paths.update,
		site: site!,
		base: import.meta.env.BASE_URL,
		components: mdxComponents,
	});
