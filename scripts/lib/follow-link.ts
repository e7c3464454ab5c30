/** A link with a scheme (`https:`, `mailto:`) or protocol-relative (`//host/`): it leaves the site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

// Resolving against a placeholder origin keeps `new URL` from needing the site's real address.
const ORIGIN = 'http://site.invalid';

/** Where a link leads, or why it leads nowhere. `path` and `fragment` are decoded: `/essays/x/`, `why-it-matters`. */
export type LinkOutcome<Target> =
	| { kind: 'external' }
	| { kind: 'found'; path: string; fragment: string; target: Target }
	| { kind: 'no-page'; path: string; fragment: string }
	| { kind: 'no-fragment'; path: string; fragment: string; target: Target; ids: ReadonlySet<string> };

/** How a checker knows its site: the page at a path, and the ids on a page (undefined when they are not known). */
export interface LinkTargets<Target> {
	pageAt(path: string): Target | undefined;
	idsOn(target: Target): ReadonlySet<string> | undefined;
}

/**
 * Follows `href`, written on the page at `from`, to a page of the site and an id on it. The one link logic of the
 * content check (links in the MDX, where the editor gets a line number) and the built-site verifier (every URL in
 * the HTML): each says where its pages are and words the outcome for its reader.
 * `followLink('../b/#why', '/essays/a/', targets)` looks up `/essays/b/` and the id `why` on it.
 */
export function followLink<Target>(href: string, from: string, targets: LinkTargets<Target>): LinkOutcome<Target> {
	if (EXTERNAL.test(href)) return { kind: 'external' };
	const url = new URL(href, `${ORIGIN}${from}`);
	const path = decodeURIComponent(url.pathname);
	const fragment = decodeURIComponent(url.hash.slice(1));
	const target = targets.pageAt(path);
	if (target === undefined) return { kind: 'no-page', path, fragment };
	const ids = fragment ? targets.idsOn(target) : undefined;
	if (ids && !ids.has(fragment)) return { kind: 'no-fragment', path, fragment, target, ids };
	return { kind: 'found', path, fragment, target };
}
