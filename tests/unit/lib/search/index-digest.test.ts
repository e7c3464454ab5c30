import { describe, expect, test } from 'vitest';
import { searchInputDigest } from '../../../../src/lib/search/index-digest';

const pages = [
	{ path: 'a/index.html', content: '<p>Alpha</p>' },
	{ path: 'b/index.html', content: '<p>Beta</p>' },
];

describe('searchInputDigest', () => {
	test('is the same for the same pages in any order, as text or bytes', () => {
		const bytes = pages.map((page) => ({ ...page, content: Buffer.from(page.content) }));
		expect(searchInputDigest([...pages].reverse(), 'code')).toBe(searchInputDigest(pages, 'code'));
		expect(searchInputDigest(bytes, 'code')).toBe(searchInputDigest(pages, 'code'));
	});

	test('changes with any page’s content, path, a page added or removed, or the code', () => {
		const base = searchInputDigest(pages, 'code');
		const variants = [
			searchInputDigest([pages[0]!, { ...pages[1]!, content: '<p>Beta.</p>' }], 'code'),
			searchInputDigest([pages[0]!, { ...pages[1]!, path: 'c/index.html' }], 'code'),
			searchInputDigest([pages[0]!], 'code'),
			searchInputDigest([...pages, { path: 'c/index.html', content: '' }], 'code'),
			searchInputDigest(pages, 'other code'),
		];
		expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
	});

	test('cannot be fooled by moving text across the boundary between two pages', () => {
		const joined = [
			{ path: 'a', content: 'xy' },
			{ path: 'b', content: 'z' },
		];
		const moved = [
			{ path: 'a', content: 'x' },
			{ path: 'b', content: 'yz' },
		];
		expect(searchInputDigest(joined, 'code')).not.toBe(searchInputDigest(moved, 'code'));
	});
});
