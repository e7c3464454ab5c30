import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIcon } from '../data/site';

// /favicon.ico and /favicon.svg, from the icons in content/site.yaml (src/data/site.ts).
export const getStaticPaths = (() => [
	{ params: { format: 'ico' } },
	{ params: { format: 'svg' } },
]) satisfies GetStaticPaths;

const TYPES = { ico: 'image/x-icon', svg: 'image/svg+xml' } as const;

export const GET: APIRoute<never, { format: keyof typeof TYPES }> = async ({ params }) =>
	new Response(await siteIcon(`favicon.${params.format}`), { headers: { 'Content-Type': TYPES[params.format] } });
