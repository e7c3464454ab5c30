import type { APIRoute } from 'astro';
import { siteSettings } from '../data/site';
import { webManifest } from '../lib/site/manifest';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(webManifest(await siteSettings()), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
