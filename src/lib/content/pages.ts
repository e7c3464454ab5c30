/** Pages with a route file of their own in src/pages/ (about.astro, get-involved.astro). */
export const PAGES_WITH_OWN_ROUTE = ['about', 'get-involved'] as const;

/** Top-level addresses the site already uses, so no page in content/pages/ may take them. */
export const RESERVED_PAGE_IDS = ['essays', 'projects', 'updates', 'search', '404', 'pagefind'] as const;

/** Whether a page entry is built by the generic `/<id>/` route, rather than its own route or not at all. */
export function usesGenericPageRoute(id: string): boolean {
	return ![...PAGES_WITH_OWN_ROUTE, ...RESERVED_PAGE_IDS].includes(id as never) && !id.includes('/');
}
