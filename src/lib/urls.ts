/** Site-relative paths of every route, without the base. Each ends with a slash, like the built folders. */
export const paths = {
	home: () => '/',
	essays: () => '/essays/',
	essay: (id: string) => `/essays/${id}/`,
	projects: () => '/projects/',
	project: (id: string) => `/projects/${id}/`,
	updates: (page = 1) => (page <= 1 ? '/updates/' : `/updates/${page}/`),
	update: (id: string) => `/updates/${id}/`,
	about: () => '/about/',
	getInvolved: () => '/get-involved/',
	/** Any other standalone page in content/pages/, e.g. `page('accessibility')` => `/accessibility/`. */
	page: (id: string) => `/${id}/`,
	search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
} as const;

const isExternal = (href: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);

/** Normalises a base to `/` or `/sub/path/`: `'lab-essays'` => `'/lab-essays/'`. */
export function normaliseBase(base: string | undefined): string {
	const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefixes a site-relative path with the base: `withBase('/essays/', '/lab-essays')` => `'/lab-essays/essays/'`.
 * External URLs, fragments and paths already under the base are returned unchanged.
 */
export function withBase(path: string, base: string | undefined): string {
	if (isExternal(path) || path.startsWith('#') || path.startsWith('?')) return path;
	const prefix = normaliseBase(base);
	if (prefix !== '/' && (path === prefix.slice(0, -1) || path.startsWith(prefix))) return path;
	return prefix + path.replace(/^\/+/, '');
}

/** An absolute URL for a site-relative path: `absoluteUrl('/essays/', 'https://x.org', '/lab/')` => `'https://x.org/lab/essays/'`. */
export function absoluteUrl(path: string, site: string | URL, base: string | undefined): string {
	return new URL(withBase(path, base), site).href;
}
