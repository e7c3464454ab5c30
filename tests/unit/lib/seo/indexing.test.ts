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
	test('follows the route table (its cases are in urls.test.ts)', () => {
		expect([isIndexable('/essays/x/'), isIndexable('/updates/2/'), isIndexable('/essay/x/')]).toEqual([
			true,
			false,
			false,
		]);
	});
});
