import { describe, expect, test } from 'vitest';
import { checkSitemap, sitemapUrls } from '../../../../../scripts/lib/verify/sitemap';
import { builtSite, html } from './fixtures';

const noindex = '<meta name="robots" content="noindex">';
const urlset = (urls: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`;

describe('sitemapUrls', () => {
	test('reads every <loc>, one or many, from each sitemap file', () => {
		expect(sitemapUrls([urlset(['https://x.org/a/']), urlset(['https://x.org/b/', 'https://x.org/c/'])])).toEqual([
			'https://x.org/a/',
			'https://x.org/b/',
			'https://x.org/c/',
		]);
	});
});

describe('checkSitemap', () => {
	const site = builtSite(
		{
			'index.html': html(''),
			'essays/a/index.html': html(''),
			'404.html': html('', noindex),
			'updates/2/index.html': html('', noindex),
		},
		{ base: '/lab/' },
	);

	test('accepts a sitemap with exactly the indexable pages', () => {
		expect(checkSitemap(site, ['https://x.org/lab/', 'https://x.org/lab/essays/a/'])).toEqual([]);
	});

	test('matches a non-ASCII page to its percent-encoded URL', () => {
		const cafe = builtSite({ 'updates/café/index.html': html('') });
		expect(checkSitemap(cafe, ['https://x.org/updates/caf%C3%A9/'])).toEqual([]);
	});

	test('reports a page left out and a URL that is not an indexable page', () => {
		expect(checkSitemap(site, ['https://x.org/lab/', 'https://x.org/lab/updates/2/']).map((p) => p.message)).toEqual([
			'https://x.org/lab/essays/a/ is not in the sitemap',
			'lists https://x.org/lab/updates/2/, which is not an indexable page',
		]);
	});

	test('reports a page whose robots tag disagrees with isIndexable', () => {
		const wrong = builtSite({ 'index.html': html('', noindex) });
		expect(checkSitemap(wrong, []).map((p) => p.message)).toEqual([
			'robots noindex is set, which disagrees with isIndexable()',
		]);
	});
});
