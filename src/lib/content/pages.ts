import { entryPath, pagesWithOwnRoute, reservedPageIds } from '../urls.ts';

/** Pages with a route of their own (about, get-involved), from the route table in src/lib/urls.ts. */
export const PAGES_WITH_OWN_ROUTE: readonly string[] = pagesWithOwnRoute();

/** Top-level addresses the site already uses, so no page in content/pages/ may take them (from the route table). */
export const RESERVED_PAGE_IDS: readonly string[] = reservedPageIds();

/** Whether a page entry is built by the generic `/<id>/` route, rather than its own route or not at all. */
export function usesGenericPageRoute(id: string): boolean {
	return !PAGES_WITH_OWN_ROUTE.includes(id) && entryPath('pages', id) !== undefined;
}
