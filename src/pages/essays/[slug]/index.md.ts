import type { APIRoute, GetStaticPaths } from 'astro';
import { essays, type Essay } from '../../../data/entries';
import { entryMirror } from '../../../data/mirrors';

export const getStaticPaths = (async () =>
	(await essays()).map((essay) => ({ params: { slug: essay.id }, props: { essay } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ essay: Essay }> = ({ props, site }) =>
	entryMirror(props.essay, site!, import.meta.env.BASE_URL);
