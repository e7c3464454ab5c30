/** A route's parameters, by the names its pattern uses: `{ id: 'impact-that-counts' }`. */
export type RouteParams = Readonly<Record<string, string>>;

/** The collections with a page per entry. */
export type EntryCollection = 'essays' | 'projects' | 'updates' | 'pages';

/** One kind of address the site serves. */
export interface Route {
	/** The site path without the base; `:name` stands for a parameter: `/essays/:id/`. */
	readonly pattern: string;
	/** Listed in the sitemap and open to search engines (pages left out carry `noindex`). */
	readonly indexable: boolean;
	/** What a parameter must look like, when more than "no slash": `{ page: /^\d+$/ }`. */
	readonly params?: Readonly<Record<string, RegExp>>;
	/** The collection with one page per entry at this address, the entry's id being the `id` parameter. */
	readonly collection?: EntryCollection;
	/** The one content/pages/ entry this fixed address shows, e.g. `about`. */
	readonly page?: string;
	/** For the original site's addresses: the route a reader is sent on to, with the same parameters. */
	readonly movedTo?: string;
}

/**
 * Every address the site serves, most specific first (a path takes the first route it matches). Paths, reserved
 * page ids, indexability, the sitemap, the source-level link check and the old-address redirects all come from it.
 */
export const ROUTES = {
	home: { pattern: '/', indexable: true },
	essays: { pattern: '/essays/', indexable: true },
	essaysFeed: { pattern: '/essays/rss.xml', indexable: false },
	essay: { pattern: '/essays/:id/', indexable: true, collection: 'essays' },
	projects: { pattern: '/projects/', indexable: true },
	project: { pattern: '/projects/:id/', indexable: true, collection: 'projects' },
	updates: { pattern: '/updates/', indexable: true },
	updatesFeed: { pattern: '/updates/rss.xml', indexable: false },
	/** Later pages of the updates listing: `/updates/2/`. Not indexed, so search engines send readers to the first. */
	updatesPage: { pattern: '/updates/:page/', indexable: false, params: { page: /^\d+$/ } },
	update: { pattern: '/updates/:id/', indexable: true, collection: 'updates' },
	/** Its results are not content. */
	search: { pattern: '/search/', indexable: false },
	notFound: { pattern: '/404/', indexable: false },
	/** The original site's addresses, kept working: `/essay/<slug>` moved to `/essays/<slug>/`. */
	movedEssays: { pattern: '/essay/', indexable: false, movedTo: 'essays' },
	movedEssay: { pattern: '/essay/:id/', indexable: false, movedTo: 'essay' },
	/** An essay's or update's link-preview image: `/og/essays/impact-that-counts.png`. */
	ogImage: { pattern: '/og/:collection/:id.png', indexable: false },
	/** Pagefind's index and scripts, written after the build. */
	searchIndex: { pattern: '/pagefind/', indexable: false },
	robots: { pattern: '/robots.txt', indexable: false },
	redirects: { pattern: '/_redirects', indexable: false },
	about: { pattern: '/about/', indexable: true, page: 'about' },
	getInvolved: { pattern: '/get-involved/', indexable: true, page: 'get-involved' },
	/** Any other standalone page in content/pages/: `/accessibility/`. */
	page: { pattern: '/:id/', indexable: true, collection: 'pages' },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof ROUTES;

// Everything derived from the table is worked out when asked for, never at import, so the browser bundles (which
// use `paths` and `withBase` only) leave it out.
const routeEntries = () => Object.entries(ROUTES) as [RouteName, Route][];

/**
 * The site path of a route: `pathTo('essay', { id: 'x' })` => `'/essays/x/'`. Throws when a parameter is missing or
 * does not fit, so no page links to an address the site does not have.
 */
export function pathTo(name: RouteName, params: RouteParams = {}): string {
	const route: Route = ROUTES[name];
	return route.pattern.replace(/:(\w+)/g, (_, key: string) => {
		const value = params[key];
		if (
			value === undefined ||
			value === '' ||
			value.includes('/') ||
			(route.params?.[key] && !route.params[key].test(value))
		) {
			throw new Error(`The ${name} route (${route.pattern}) needs a fitting "${key}", not ${JSON.stringify(value)}.`);
		}
		return value;
	});
}

/** Site-relative paths of every route, without the base. Each page's ends with a slash, like the built folders. */
export const paths = {
	home: () => pathTo('home'),
	essays: () => pathTo('essays'),
	essay: (id: string) => pathTo('essay', { id }),
	essaysFeed: () => pathTo('essaysFeed'),
	projects: () => pathTo('projects'),
	project: (id: string) => pathTo('project', { id }),
	updates: (page = 1) => (page <= 1 ? pathTo('updates') : pathTo('updatesPage', { page: String(page) })),
	update: (id: string) => pathTo('update', { id }),
	updatesFeed: () => pathTo('updatesFeed'),
	about: () => pathTo('about'),
	getInvolved: () => pathTo('getInvolved'),
	/** Any other standalone page in content/pages/, e.g. `page('accessibility')` => `/accessibility/`. */
	page: (id: string) => pathTo('page', { id }),
	search: (query?: string) => (query ? `${pathTo('search')}?q=${encodeURIComponent(query)}` : pathTo('search')),
	notFound: () => pathTo('notFound'),
	/** `ogImage('essays', 'x')` => `/og/essays/x.png`. */
	ogImage: (collection: 'essays' | 'updates', id: string) => pathTo('ogImage', { collection, id }),
} as const;

let patternRegexes: Map<RouteName, RegExp> | undefined;

/** Each route's pattern as a regular expression with a named group per parameter: `/essays/:id/` => `^/essays/(?<id>[^/]+?)/$`. */
function patternRegex(name: RouteName): RegExp {
	patternRegexes ??= new Map(
		routeEntries().map(([routeName, { pattern }]) => {
			const source = pattern
				.split(/(:\w+)/)
				.map((part) =>
					part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
				)
				.join('');
			return [routeName, new RegExp(`^${source}$`)];
		}),
	);
	return patternRegexes.get(name)!;
}

/** `/404.html` and `/404` are the page at `/404/`, `/essays/x/index.html` is `/essays/x/`; files (`/robots.txt`, `/_redirects`) stay as they are. */
function pagePath(path: string): string {
	const withoutHtml = path.replace(/(?:^|\/)index\.html$/, '/').replace(/\.html$/, '/');
	return withoutHtml.endsWith('/') || /(?:\.[a-z0-9]+|\/_[^/]*)$/i.test(withoutHtml) ? withoutHtml : `${withoutHtml}/`;
}

/** The route a site path belongs to, and its parameters: `matchRoute('/essays/x/')` => `{ name: 'essay', params: { id: 'x' } }`. */
export function matchRoute(path: string): { name: RouteName; route: Route; params: RouteParams } | undefined {
	const candidate = pagePath(path.split(/[?#]/)[0]!);
	for (const [name, route] of routeEntries()) {
		const match = patternRegex(name).exec(candidate);
		if (!match) continue;
		const params: Record<string, string> = { ...match.groups };
		if (Object.entries(route.params ?? {}).every(([key, rule]) => rule.test(params[key] ?? ''))) {
			return { name, route, params };
		}
	}
	return undefined;
}

/**
 * Whether a page belongs in the sitemap and in search engines' results, by its route (see {@link ROUTES}); a path
 * no route knows, such as a file copied from public/, is left to the host and counts as indexable.
 */
export function isIndexablePath(path: string): boolean {
	return matchRoute(path)?.route.indexable ?? true;
}

/** The first folder of a route's pattern, when it is fixed: `/essays/:id/` => `'essays'`, `/:id/` => undefined. */
const firstSegment = (pattern: string) => /^\/([^/:]+)/.exec(pattern)?.[1];

/** content/pages/ entries that have a fixed address of their own: `['about', 'get-involved']`. */
export function pagesWithOwnRoute(): string[] {
	return routeEntries().flatMap(([, route]) => route.page ?? []);
}

/** Top-level names the site's other routes use, so no page in content/pages/ may take them: `essays`, `og`, … */
export function reservedPageIds(): string[] {
	return [...new Set(routeEntries().flatMap(([, route]) => (route.page ? [] : (firstSegment(route.pattern) ?? []))))];
}

/**
 * The site path of an entry's page, or undefined when it has none: `entryPath('essays', 'x')` => `/essays/x/`,
 * `entryPath('pages', 'about')` => `/about/`, `entryPath('pages', 'search')` and `entryPath('authors', 'x')` => undefined.
 */
export function entryPath(collection: string, id: string): string | undefined {
	if (collection === 'pages') {
		const own = routeEntries().find(([, route]) => route.page === id);
		if (own) return pathTo(own[0]);
		if (reservedPageIds().includes(id) || id.includes('/')) return undefined;
	}
	const route = routeEntries().find(([, r]) => r.collection === collection);
	return route && !id.includes('/') ? pathTo(route[0], { id }) : undefined;
}

/** One of the original site's addresses and where it lives now. */
export interface MovedAddress {
	from: string;
	to: string;
	/** The entry it shows now, when the address was an entry's. */
	id?: string;
}

/**
 * Every address of the original site that moved, from the routes with `movedTo`, given the entries that had one:
 * `movedAddresses({ essays: ['x'] })` => `[{ from: '/essay/', to: '/essays/' }, { from: '/essay/x/', to: '/essays/x/', id: 'x' }]`.
 */
export function movedAddresses(ids: Partial<Record<EntryCollection, readonly string[]>>): MovedAddress[] {
	return routeEntries().flatMap(([name, route]) => {
		if (!route.movedTo) return [];
		const target = route.movedTo as RouteName;
		if (!route.pattern.includes(':id')) return [{ from: pathTo(name), to: pathTo(target) }];
		const collection = (ROUTES[target] as Route).collection;
		return [...((collection && ids[collection]) ?? [])]
			.sort()
			.map((id) => ({ from: pathTo(name, { id }), to: pathTo(target, { id }), id }));
	});
}

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
