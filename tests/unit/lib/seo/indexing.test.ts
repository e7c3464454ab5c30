import { describe, expect, test } from 'vitest';
import { isIndexable, sitePath } from '../../../../src/lib/seo/indexing';

describe('sitePath', () => {
	test.each([
		['/lab-essays/essays/x/', '/lab-essays/', '/essays/x/'],
		['/lab-essays/', '/lab-essays/', '/'],
		['/lab-essays', '/lab-essays/', '/'],
		['https://x.org/lab-essays/about/', '/lab-essays/', '/about/'],
		['/essays/x/', '/', '/essays/x/'],
	])('%s under %s is %s', (input, base, expected) => expect(sitePath(input, base)).toBe(expected));
});

describe('isIndexable', () => {
	test.each([
		['/', true],
		['/essays/x/', true],
		['/updates/', true],
		['/updates/an-update/', true],
		['/about/', true],
		['/updates/2/', false],
		['/404/', false],
		['/404.html', false],
		['/search/', false],
		['/essay/', false],
		['/essay/impact-that-counts/', false],
	])('%s => %s', (path, expected) => expect(isIndexable(path)).toBe(expected));
});
