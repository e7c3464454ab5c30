import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/deploy/robots';
import { absoluteUrl } from '../lib/urls';
import { settings } from '../settings';

export const GET: APIRoute = () =>
	new Response(robotsTxt({ sitemapUrl: absoluteUrl('/sitemap-index.xml', settings.site, settings.base) }));
