import type { APIRoute, GetStaticPaths } from 'astro';
import { entryPageKeyOf, essays, type Essay } from '../../../data/entries';
import { mdxComponents } from '../../../components/mdx';
import { entryMirror } from '../../../data/mirrors';
import { settings } from '../../../settings';

export const getStaticPaths = (async () =>
	Promise.all(
		(await essays()).map(async (essay) => ({
			params: { slug: essay.id },
			props: { essay },
			// The mirror shows the entry's body and frontmatter, its authors' names and its project's title.
			cacheKey: await entryPageKeyOf(essay),
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ essay: Essay }> = ({ props }) =>
	entryMirror(props.essay, { components: mdxComponents, site: settings.site, base: settings.base });
