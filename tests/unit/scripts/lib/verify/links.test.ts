import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../../../../scripts/lib/verify/links';
import { builtSite, html } from './fixtures';

describe('checkLinks', () => {
	test('accepts links and anchors that resolve under the base, and external links', () => {
		const site = builtSite(
			{
				'index.html': html(
					'<a href="/lab/essays/a/#why">a</a><a href="essays/a/">rel</a><a href="#top" id="top">t</a><a href="https://other.org/x">o</a><a href="/lab/search/?q=x">s</a><img src="/lab/c.png" alt="c">',
					'<link rel="canonical" href="https://x.org/lab/"><meta property="og:image" content="https://x.org/lab/c.png">',
				),
				'essays/a/index.html': html('<h2 id="why">Why</h2><a href="../../">home</a>'),
				'search/index.html': html(''),
			},
			{ base: '/lab/', other: ['c.png'] },
		);
		expect(checkLinks(site)).toEqual([]);
	});

	test('reports missing pages, missing anchors, links outside the base and missing trailing slashes', () => {
		const site = builtSite(
			{
				'index.html': html(
					'<a href="/lab/nope/">1</a><a href="/lab/essays/a/#missing">2</a><a href="/about/">3</a><a href="/lab/essays/a">4</a><a href="#gone">5</a><img src="/lab/x.png" alt="x">',
				),
				'essays/a/index.html': html('<h2 id="why">Why</h2>'),
			},
			{ base: '/lab/' },
		);
		expect(checkLinks(site).map((p) => `${p.file}: ${p.message}`)).toEqual([
			'index.html: <a href="/lab/nope/">: no file at /lab/nope/',
			'index.html: <a href="/lab/essays/a/#missing">: no element with id "missing" on /lab/essays/a/',
			'index.html: <a href="/about/">: is outside the base path /lab/',
			'index.html: <a href="/lab/essays/a">: no file at /lab/essays/a (add the trailing slash)',
			'index.html: <a href="#gone">: no element with id "gone" on /lab/',
			'index.html: <img src="/lab/x.png">: no file at /lab/x.png',
		]);
	});

	test('checks the site’s own absolute URLs in canonical and Open Graph tags', () => {
		const site = builtSite({ 'index.html': html('', '<link rel="canonical" href="https://x.org/gone/">') });
		expect(checkLinks(site)).toEqual([
			{ file: 'index.html', message: '<link href="https://x.org/gone/">: no file at /gone/' },
		]);
	});
});
