import type { APIRoute, GetStaticPaths } from 'astro';
import { updates, type Update } from '../../../data/entries';
import { entryMirror } from '../../../data/mirrors';

export const getStaticPaths = (async () =>
	(await updates()).map((update) => ({ params: { slug: update.id }, props: { update } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ update: Update }> = ({ props, site }) =>
	entryMirror(props.update, site!, import.meta.env.BASE_URL);
