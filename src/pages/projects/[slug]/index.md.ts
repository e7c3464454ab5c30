import type { APIRoute, GetStaticPaths } from 'astro';
import { entryPageKeyOf, projects, type Project } from '../../../data/entries';
import { mdxComponents } from '../../../components/mdx';
import { entryMirror } from '../../../data/mirrors';
import { settings } from '../../../settings';

export const getStaticPaths = (async () =>
	Promise.all(
		(await projects()).map(async (project) => ({
			params: { slug: project.id },
			props: { project },
			// The mirror shows the entry's body and frontmatter, its authors' names and its project's title.
			cacheKey: await entryPageKeyOf(project),
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ project: Project }> = ({ props }) =>
	entryMirror(props.project, { components: mdxComponents, site: settings.site, base: settings.base });
