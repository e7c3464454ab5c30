import type { APIRoute, GetStaticPaths } from 'astro';
import { entryPageKeyOf, updates, type Update } from '../../../data/entries';
import { mdxComponents } from '../../../components/mdx';
import { entryMirror } from '../../../data/mirrors';
import { settings } from '../../../settings';

export const getStaticPaths = (async () =>
	Promise.all(
		(await updates()).map(async (update) => ({
			params: { slug: update.id },
			props: { update },
			// The mirror shows the entry's body and frontmatter, its authors' names and its project's title.
			cacheKey: await entryPageKeyOf(update),
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ update: Update }> = ({ props }) =>
	entryMirror(props.update, { components: mdxComponents, site: settings.site, base: settings.base });
