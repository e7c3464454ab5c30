import type { APIRoute, GetStaticPaths } from 'astro';
import { projects, type Project } from '../../../data/entries';
import { mdxComponents } from '../../../components/mdx';
import { entryMirror } from '../../../data/mirrors';
import { settings } from '../../../settings';

export const getStaticPaths = (async () =>
	(await projects()).map((project) => ({ params: { slug: project.id }, props: { project } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ project: Project }> = ({ props }) =>
	entryMirror(props.project, { components: mdxComponents, site: settings.site, base: settings.base });
