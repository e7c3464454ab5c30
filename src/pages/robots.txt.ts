import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/deploy/robots';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
	new Response(robotsTxt({ sitemapUrl: absoluteUrl('/sitemap-index.xml', site!, import.meta.env.BASE_URL) }));
