import { gunzipSync } from 'node:zlib';
import { sitePath } from '../../../src/lib/seo/indexing.ts';
import type { Problem } from '../problem.ts';
import { decodedUrl, pageUrlPath, type BuiltSite } from './types.ts';

const SIGNATURE = 'pagefind_dcd';

/** The page URL recorded in one Pagefind fragment file (gzip, a signature, then JSON). */
export function fragmentUrl(fragment: Uint8Array): string {
	const text = gunzipSync(fragment).toString('utf8');
	if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment (missing signature)');
	return (JSON.parse(text.slice(SIGNATURE.length)) as { url: string }).url;
}

/**
 * Checks the search index holds exactly the pages marked `data-pagefind-body`: one fragment per page, by the
 * site-relative URL Pagefind records, and the entry file's page count agrees.
 */
export function checkSearchIndex(site: BuiltSite, indexedUrls: readonly string[], pageCount: number): Problem[] {
	const problems: Problem[] = [];
	const indexed = new Set(indexedUrls.map(decodedUrl));
	const expected = new Set<string>();
	for (const [file, html] of site.pages) {
		if (!html.includes('data-pagefind-body')) continue;
		const url = sitePath(pageUrlPath(file, site.base), site.base);
		expected.add(url);
		if (!indexed.has(url))
			problems.push({ file, message: `is marked data-pagefind-body but ${url} is not in the search index` });
	}
	for (const url of indexed) {
		if (!expected.has(url))
			problems.push({ file: 'pagefind/', message: `indexes ${url}, which is not a page marked data-pagefind-body` });
	}
	if (pageCount !== expected.size) {
		problems.push({
			file: 'pagefind/pagefind-entry.json',
			message: `page_count is ${pageCount} but ${expected.size} pages are marked data-pagefind-body`,
		});
	}
	return problems;
}
