import { isIndexablePath, normaliseBase } from '../urls.ts';

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
 * Whether a page belongs in the sitemap and in search engines' results, as the route table says (`indexable` in
 * src/lib/urls.ts). Left out: the 404 page, the search page, later pages of the updates listing such as
 * `/updates/2/` and the pages that send the original site's addresses on (`/essay/<slug>/`).
 * Pages left out carry `<meta name="robots" content="noindex">`.
 */
export function isIndexable(path: string): boolean {
	return isIndexablePath(path);
}
