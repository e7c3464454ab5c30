import type { APIRoute, GetStaticPaths } from 'astro';
import { essays, type Essay } from '../../../data/entries';
import { mdxComponents } from '../../../components/mdx';
import { entryMirror } from '../../../data/mirrors';
import { settings } from '../../../settings';

export const getStaticPaths = (async () =>
	(await essays()).map((essay) => ({ params: { slug: essay.id }, props: { essay } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ essay: Essay }> = ({ props }) =>
	entryMirror(props.essay, { components: mdxComponents, site: settings.site, base: settings.base });
