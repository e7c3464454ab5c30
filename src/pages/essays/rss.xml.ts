import type { APIRoute } from 'astro';
import { mdxComponents } from '../../components/mdx';
import { essays } from '../../data/entries';
import { entryFeed } from '../../data/feeds';
import { paths } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) =>
	entryFeed({
		title: 'essays',
		description: 'The Lab Essays from the Q Improvement Lab, in full.',
		listPath: paths.essays(),
		entries: await essays(),
		pathOf: paths.essay,
		site: site!,
		base: import.meta.env.BASE_URL,
		components: mdxComponents,
	});
