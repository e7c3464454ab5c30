import { normaliseBase } from '../urls.ts';

/**
 * The site-relative path of a URL or pathname under the base:
 * `sitePath('/lab-essays/essays/x/', '/lab-essays/')` => `'/essays/x/'`.
 */
export function sitePath(urlOrPath: string, base: string): string {
	const pathname = /^[a-z]+:\/\//i.test(urlOrPath) ? new URL(urlOrPath).pathname : urlOrPath;
	const prefix = normaliseBase(base);
	if (prefix !== '/' && pathname.startsWith(prefix)) return `/${pathname.slice(prefix.length)}`;
	if (prefix !== '/' && pathname === prefix.slice(0, -1)) return '/';
	return pathname;
}

/**
 * Whether a page belongs in the sitemap and in search engines' results. Left out: the 404 page, the search page
 * (its results are not content), later pages of paginated listings such as `/updates/2/` and the pages that
 * send the original site's addresses on (`/essay/<slug>/`).
 * Pages left out carry `<meta name="robots" content="noindex">`.
 */
export function isIndexable(path: string): boolean {
	return !/^\/(?:404(?:\.html|\/)?|search\/|updates\/\d+\/|essay\/(?:[^/]+\/)?)$/.test(path);
}
