import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../../../../src/lib/deploy/csp';
import { verifySite } from '../../../../../scripts/lib/verify/index';
import { builtSite, html } from './fixtures';

const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`;

describe('verifySite', () => {
	const extras = {
		sitemapUrls: ['https://x.org/'],
		indexedUrls: [],
		indexPageCount: 0,
		headerPolicy: contentSecurityPolicy({}),
	};

	test('finds nothing wrong with a sound site', async () => {
		expect(await verifySite(builtSite({ 'index.html': html('<main><h1>Home</h1></main>', meta) }), extras)).toEqual([]);
	});

	test('runs every check and labels each problem with the check that found it', async () => {
		const site = builtSite({
			'index.html': html('<main><h1>Home</h1><a href="/gone/">x</a><p><div></div></p></main>'),
		});
		const problems = await verifySite(site, { ...extras, sitemapUrls: [], indexPageCount: 1 });
		expect(new Set(problems.map((p) => /^\[([^\]]+)\]/.exec(p.message)?.[1]))).toEqual(
			new Set(['links', 'sitemap', 'search index', 'csp', 'html']),
		);
	});
});
