import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders, pathMatches } from '../../../../src/lib/deploy/headers-file';

describe('parseHeaders', () => {
	test('reads paths, indented headers and skips comments and blank lines', () => {
		const text =
			"# a comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'; img-src 'self'\n\n/_astro/*\n\tCache-Control: immutable\n";
		expect(parseHeaders(text)).toEqual([
			{
				path: '/*',
				headers: [
					['X-Frame-Options', 'DENY'],
					['Content-Security-Policy', "default-src 'self'; img-src 'self'"],
				],
			},
			{ path: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
		]);
	});

	test('names the line when a header has no path above it or no colon', () => {
		expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrowErrorMatchingInlineSnapshot(
			`[HeadersSyntaxError: _headers line 1: "X-Frame-Options: DENY" must be an indented "Name: value" under a path line.]`,
		);
		expect(() => parseHeaders('/*\n  nonsense')).toThrow(/_headers line 2/);
	});
});

describe('pathMatches', () => {
	test.each([
		['/*', '/', true],
		['/*', '/essays/x/', true],
		['/lab/*', '/essays/', false],
		['/lab/_astro/*', '/lab/_astro/a.js', true],
		['/', '/', true],
		['/', '/essays/', false],
		['/essays/:slug/', '/essays/x/', true],
		['/essays/:slug/', '/essays/x/y/', false],
		['/a.b', '/aXb', false],
	])('%s matches %s: %s', (pattern, path, expected) => expect(pathMatches(pattern, path)).toBe(expected));
});

describe('headersFor', () => {
	test('merges every matching rule and joins repeated names as hosts do', () => {
		const rules = parseHeaders('/*\n  A: 1\n/x/*\n  a: 2\n  B: 3\n');
		expect(headersFor(rules, '/x/y')).toEqual({ a: '1, 2', b: '3' });
		expect(headersFor(rules, '/z')).toEqual({ a: '1' });
	});
});
