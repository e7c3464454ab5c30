import type { APIRoute } from 'astro';
import { siteIcon } from '../data/site';

// From the icons of content/site.yaml (src/data/site.ts). A file per format: a route whose extension is a parameter
// would need a trailing slash under `astro dev`.
export const GET: APIRoute = async () =>
	new Response(await siteIcon('favicon.ico'), { headers: { 'Content-Type': 'image/x-icon' } });
