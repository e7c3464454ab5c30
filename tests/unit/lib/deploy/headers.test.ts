import { describe, expect, test } from 'vitest';
import { formatHeaders, headerRules, IMMUTABLE, REVALIDATE } from '../../../../src/lib/deploy/headers';
import { headersFor, parseHeaders } from '../../../../src/lib/deploy/headers-file';

const files = [
	'404.html',
	'_astro/search.CJ2x9a.js',
	'_headers',
	'_redirects',
	'essays/a/index.html',
	'essays/index.html',
	'essays/rss.xml',
	'favicon.svg',
	'index.html',
	'pagefind/fragment/en_1a2b3c4.pf_fragment',
	'pagefind/index/en_5d6e7f8.pf_index',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.en_27faba5a87.pf_meta',
	'pagefind/pagefind.js',
	'pagefind/wasm.en.pagefind',
	'sitemap-index.xml',
];

describe('headerRules', () => {
	test.each([
		['/', '/'],
		['/lab-essays/', '/lab-essays/'],
	])('puts every rule under the base %s', (base, prefix) => {
		const rules = headerRules({ base, files, scriptHashes: ["'sha256-x'"] });
		expect(rules.every((rule) => rule.path.startsWith(prefix))).toBe(true);
		const sent = (path: string) => headersFor(rules, path);
		expect(sent(`${prefix}essays/a/`)['cache-control']).toBe(REVALIDATE);
		expect(sent(prefix)['cache-control']).toBe(REVALIDATE);
		expect(sent(`${prefix}_astro/search.CJ2x9a.js`)['cache-control']).toBe(IMMUTABLE);
		expect(sent(`${prefix}pagefind/fragment/en_1a2b3c4.pf_fragment`)['cache-control']).toBe(IMMUTABLE);
		expect(sent(`${prefix}pagefind/pagefind.en_27faba5a87.pf_meta`)['cache-control']).toBe(IMMUTABLE);
		expect(sent(`${prefix}pagefind/pagefind.js`)['cache-control']).toBe(REVALIDATE);
		expect(sent(`${prefix}pagefind/wasm.en.pagefind`)['cache-control']).toBe(REVALIDATE);
		expect(sent(`${prefix}essays/rss.xml`)['cache-control']).toBe(REVALIDATE);
		expect(sent(`${prefix}essays/a/`)['content-security-policy']).toContain(
			"script-src 'self' 'wasm-unsafe-eval' 'sha256-x'",
		);
	});

	test('never sends one header twice, since hosts merge every matching rule', () => {
		const rules = headerRules({ base: '/lab/', files });
		for (const file of files) {
			const sent = headersFor(rules, `/lab/${file}`);
			for (const value of Object.values(sent))
				expect(value).not.toMatch(/immutable.*must-revalidate|must-revalidate.*immutable/);
			expect(sent['cache-control']?.split('max-age').length ?? 2, file).toBe(2);
		}
	});

	test('sends the security headers on every path', () => {
		const sent = headersFor(headerRules({ base: '/', files }), '/anything/at/all');
		expect(Object.keys(sent)).toEqual(
			expect.arrayContaining([
				'content-security-policy',
				'strict-transport-security',
				'x-content-type-options',
				'referrer-policy',
				'permissions-policy',
				'x-frame-options',
			]),
		);
		expect(sent['x-content-type-options']).toBe('nosniff');
	});

	test('round-trips through the _headers syntax', () => {
		const rules = headerRules({ base: '/lab/', files, styleHashes: ["'sha256-s'"] });
		expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
	});
});
