import type { APIRoute } from 'astro';
import { siteIcon } from '../data/site';

// From the icons of content/site.yaml (src/data/site.ts).
export const GET: APIRoute = async () =>
	new Response(await siteIcon('favicon.svg'), { headers: { 'Content-Type': 'image/svg+xml' } });
