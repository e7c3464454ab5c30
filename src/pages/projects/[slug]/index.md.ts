import type { APIRoute, GetStaticPaths } from 'astro';
import { projects, type Project } from '../../../data/entries';
import { entryMirror } from '../../../data/mirrors';

export const getStaticPaths = (async () =>
	(await projects()).map((project) => ({ params: { slug: project.id }, props: { project } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ project: Project }> = ({ props, site }) =>
	entryMirror(props.project, site!, import.meta.env.BASE_URL);
