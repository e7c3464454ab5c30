import { checkCsp } from './csp.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkNuHtml } from './nu-html.ts';
import { checkSearchIndex } from './search-index.ts';
import { checkSitemap } from './sitemap.ts';
import type { Problem, ProblemReport } from '../problem.ts';
import type { BuiltSite } from './types.ts';

export type { BuiltSite } from './types.ts';

/** What the build read besides the pages: the sitemap's URLs, the search index and the `_headers` policy. */
export interface BuiltExtras {
	sitemapUrls: readonly string[];
	indexedUrls: readonly string[];
	indexPageCount: number;
	/** The Content-Security-Policy the `_headers` file sends for every page. */
	headerPolicy: string;
}

/**
 * Every check over a built site, in one list: links and fragments, sitemap, search index, CSP, HTML validity.
 * With `dir` (the folder the site was read from), the W3C Nu HTML Checker also runs over its pages, in one
 * Java process alongside the other checks; `java` names the Java runtime.
 */
export async function verifySite(
	site: BuiltSite,
	extras: BuiltExtras,
	{ dir, java }: { dir?: string; java?: string } = {},
): Promise<Problem[]> {
	const nu = dir ? checkNuHtml(dir, { java }) : Promise.resolve([]);
	const checks: [string, Problem[]][] = [
		['links', checkLinks(site)],
		['sitemap', checkSitemap(site, extras.sitemapUrls)],
		['search index', checkSearchIndex(site, extras.indexedUrls, extras.indexPageCount)],
		['csp', checkCsp(site, extras.headerPolicy)],
		['html', await checkHtml(site)],
		['nu html', await nu],
	];
	return checks.flatMap(([check, problems]) => problems.map((p) => ({ ...p, message: `[${check}] ${p.message}` })));
}

/** The build's failure report: a count, the problems by page, and what to do. */
export const BUILT_SITE_REPORT: ProblemReport = {
	summary: ({ problems }) => `The built site has ${problems}; dist/ was left as it was.`,
	nextStep: 'Fix the templates or content named above, then run npm run build again.',
	none: 'The built site has no problems.',
};
