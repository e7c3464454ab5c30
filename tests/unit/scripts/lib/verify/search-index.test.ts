import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { checkSearchIndex, fragmentUrl } from '../../../../../scripts/lib/verify/search-index';
import { builtSite, html } from './fixtures';

describe('fragmentUrl', () => {
	test('reads the URL from a Pagefind fragment', () => {
		expect(fragmentUrl(gzipSync('pagefind_dcd{"url":"/essays/a/","content":"x"}'))).toBe('/essays/a/');
	});

	test('refuses a file without the signature', () => {
		expect(() => fragmentUrl(gzipSync('{"url":"/"}'))).toThrow(/not a Pagefind fragment/);
	});
});

describe('checkSearchIndex', () => {
	const site = builtSite(
		{
			'index.html': html(''),
			'essays/a/index.html': html('<article data-pagefind-body>A</article>'),
			'about/index.html': html('<article data-pagefind-body>B</article>'),
		},
		{ base: '/lab/' },
	);

	test('accepts an index of exactly the marked pages, by site-relative URL', () => {
		expect(checkSearchIndex(site, ['/essays/a/', '/about/'], 2)).toEqual([]);
	});

	test('matches a non-ASCII page to the percent-encoded URL Pagefind records', () => {
		const cafe = builtSite({ 'updates/café/index.html': html('<article data-pagefind-body>C</article>') });
		expect(checkSearchIndex(cafe, ['/updates/caf%C3%A9/'], 1)).toEqual([]);
	});

	test('reports marked pages missing from the index, unmarked pages in it, and a wrong count', () => {
		expect(checkSearchIndex(site, ['/essays/a/', '/'], 3).map((p) => p.message)).toEqual([
			'is marked data-pagefind-body but /about/ is not in the search index',
			'indexes /, which is not a page marked data-pagefind-body',
			'page_count is 3 but 2 pages are marked data-pagefind-body',
		]);
	});
});
