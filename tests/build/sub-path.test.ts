import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/read-built-site';
import { checkLinks } from '../../scripts/lib/verify/links';
import { parseHeaders } from '../../src/lib/deploy/headers-file';
import { buildSite, verifiedBuild, type BuildResult } from '../support/build-site';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';

// The real content, built by `npm run build`'s pipeline for a GitHub Pages project site.
const SITE = 'https://example.github.io';
const BASE = '/lab-essays/';
let build: BuildResult;
beforeAll(async () => {
	build = await buildSite({ name: 'sub-path', base: BASE, env: { SITE_URL: SITE }, command: verifiedBuild });
	if (build.exitCode !== 0) throw new Error(build.output.slice(-4000));
});
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

describe('a build under BASE_PATH=/lab-essays/', () => {
	test('passes the build’s own verification', () => {
		expect(build.output).toMatch(/Verified \d+ pages: .*W3C Nu HTML Checker/);
	});

	test('has no broken internal link or anchor, and none escapes the base', async () => {
		const { site } = await readBuiltSite(build.outDir, { site: SITE, base: BASE });
		expect(htmlFiles(build.outDir)).toEqual(htmlFiles(siteDist));
		expect(checkLinks(site)).toEqual([]);
	});

	test('points search at the index under the base', () => {
		// The base is compiled into the search bundle (src/browser/search/pagefind-loader.ts).
		const bundles = readdirSync(path.join(build.outDir, '_astro'))
			.filter((file) => file.endsWith('.js'))
			.map((file) => read(`_astro/${file}`));
		expect(bundles.some((code) => code.includes('pagefind/pagefind.js') && code.includes(BASE))).toBe(true);
		expect(page(build.outDir, '/search/').querySelector('form#search-page')?.getAttribute('action')).toBe(
			`${BASE}search/`,
		);
	});

	test('gives canonical URLs, feeds, robots and the sitemap the full public address', () => {
		expect(page(build.outDir, '/about/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			`${SITE}${BASE}about/`,
		);
		expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
		const feed = new XMLParser({ isArray: (n) => n === 'item' }).parse(read('essays/rss.xml'));
		for (const item of feed.rss.channel.item) expect(item.link).toMatch(new RegExp(`^${SITE}${BASE}essays/[^/]+/$`));
		expect([...read('sitemap-0.xml').matchAll(/<loc>([^<]+)</g)].every((m) => m[1]!.startsWith(`${SITE}${BASE}`))).toBe(
			true,
		);
	});

	test('writes _headers and _redirects with every path under the base', () => {
		const rules = parseHeaders(read('_headers'));
		expect(rules.map((rule) => rule.path)).toContain(`${BASE}pagefind/fragment/*`);
		expect(rules.every((rule) => rule.path.startsWith(BASE))).toBe(true);
		const redirects = read('_redirects')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(redirects.every((line) => /^\/lab-essays\/essay\S* \/lab-essays\/essays\/\S* 301$/.test(line))).toBe(true);
		const slugs = htmlFiles(build.outDir)
			.map((file) => /^essays\/([^/]+)\/index\.html$/.exec(file)?.[1])
			.filter((slug) => slug !== undefined);
		expect(slugs.length).toBeGreaterThan(0);
		for (const slug of slugs) {
			const moved = page(build.outDir, `/essay/${slug}/`);
			expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
				`0; url=${BASE}essays/${slug}/`,
			);
		}
	});
});
