import type { APIRoute, GetStaticPaths } from 'astro';
import { updates, type Update } from '../../../data/entries';
import { mdxComponents } from '../../../components/mdx';
import { entryMirror } from '../../../data/mirrors';
import { settings } from '../../../settings';

export const getStaticPaths = (async () =>
	(await updates()).map((update) => ({ params: { slug: update.id }, props: { update } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ update: Update }> = ({ props }) =>
	entryMirror(props.update, { components: mdxComponents, site: settings.site, base: settings.base });
