import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { buildSite, verifiedBuild } from '../support/build-site';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';
import { serveDist, type StaticServer } from '../support/serve';

// Every page and the search flow, served with the site's own _headers (its CSP included), at the domain root and
// under a sub-path: no CSP violation, no request to any other host. The essay opened by its original address and the
// words searched for are taken from the built site, so editors may rename and retitle freely.
const essaySlug = htmlFiles(siteDist)
	.map((file) => /^essays\/([^/]+)\/index\.html$/.exec(file)?.[1])
	.find((slug) => slug !== undefined)!;
const essayTitle = page(siteDist, `/essays/${essaySlug}/`).querySelector('h1')!.text.trim();

interface Watch {
	violations: string[];
	foreign: string[];
	failed: string[];
}

/** A tab that records CSP violations (console and securitypolicyviolation events) and requests to other origins. */
async function watchedTab(context: BrowserContext, origin: string): Promise<{ tab: Page; watch: Watch }> {
	const watch: Watch = { violations: [], foreign: [], failed: [] };
	const tab = await context.newPage();
	await tab.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	tab.on('console', (message) => {
		if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) watch.violations.push(message.text());
	});
	tab.on('request', (request) => {
		if (!request.url().startsWith(`${origin}/`)) watch.foreign.push(request.url());
	});
	tab.on('response', (response) => {
		if (response.status() >= 400) watch.failed.push(`${response.status()} ${response.url()}`);
	});
	return { tab, watch };
}

describe.runIf(browserAvailable())('pages under the _headers policy', () => {
	let browser: Browser;
	const sites: { name: string; dist: string; base: string; server?: StaticServer }[] = [
		{ name: 'root', dist: siteDist, base: '/' },
		{ name: 'sub-path', dist: '', base: '/lab-essays/' },
	];

	beforeAll(async () => {
		const build = await buildSite({ name: 'e2e-sub-path', base: '/lab-essays/', command: verifiedBuild });
		if (build.exitCode !== 0) throw new Error(build.output.slice(-4000));
		sites[1]!.dist = build.outDir;
		browser = await launchBrowser();
		for (const site of sites) site.server = await serveDist(site.dist, { base: site.base });
	});
	afterAll(async () => {
		await browser?.close();
		for (const site of sites) await site.server?.close();
	});

	test.each(sites.map((s) => [s.name, s] as const))(
		'%s: every page loads with no CSP violation, no failed request and nothing from another host',
		async (_name, site) => {
			const origin = site.server!.origin;
			const context = await browser.newContext();
			const { tab, watch } = await watchedTab(context, origin);
			const files = htmlFiles(site.dist);
			for (const file of files) {
				const response = await tab.goto(`${origin}${site.base}${file.replace(/index\.html$/, '')}`, {
					waitUntil: 'load',
				});
				expect(response?.headers()['content-security-policy'], file).toContain("frame-ancestors 'none'");
				// A page that moved sends the browser on; let it arrive before the next address.
				const movedTo = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(
					readFileSync(path.join(site.dist, file), 'utf8'),
				);
				if (movedTo) await tab.waitForURL(`${origin}${movedTo[1]}`);
			}
			await context.close();
			expect(watch.violations).toEqual([]);
			expect(watch.foreign).toEqual([]);
			expect(watch.failed).toEqual([]);
		},
	);

	test.each(sites.map((s) => [s.name, s] as const))(
		'%s: an original /essay/<slug> address lands on the essay, without the host reading _redirects',
		async (_name, site) => {
			const origin = site.server!.origin;
			const context = await browser.newContext();
			const { tab, watch } = await watchedTab(context, origin);
			await tab.goto(`${origin}${site.base}essay/${essaySlug}/`);
			await tab.waitForURL(`${origin}${site.base}essays/${essaySlug}/`);
			expect(await tab.locator('h1').textContent()).toBe(essayTitle);
			await context.close();
			expect(watch.violations).toEqual([]);
			expect(watch.failed).toEqual([]);
		},
	);

	test.each(sites.map((s) => [s.name, s] as const))(
		'%s: search finds an essay and opens it, with no CSP violation and nothing from another host',
		async (_name, site) => {
			const origin = site.server!.origin;
			const context = await browser.newContext();
			const { tab, watch } = await watchedTab(context, origin);
			await tab.goto(`${origin}${site.base}search/?q=${encodeURIComponent(essayTitle)}`);
			const first = tab.locator('#search-results a').first();
			await first.waitFor({ timeout: 10_000 });
			const href = (await first.getAttribute('href'))!;
			expect(href.startsWith(site.base)).toBe(true);
			await first.click();
			await tab.waitForURL(`${origin}${href}`);
			expect(await tab.locator('h1').count()).toBe(1);
			await context.close();
			expect(watch.violations).toEqual([]);
			expect(watch.foreign).toEqual([]);
			expect(watch.failed).toEqual([]);
		},
	);

	test('sends immutable caching for hashed search files and revalidation for pages and the search entry', async () => {
		const { origin } = sites[1]!.server!;
		const fragment = readdirSync(path.join(sites[1]!.dist, 'pagefind/fragment'))[0];
		const cacheOf = async (url: string) => (await fetch(`${origin}/lab-essays/${url}`)).headers.get('cache-control');
		expect(await cacheOf(`pagefind/fragment/${fragment}`)).toBe('public, max-age=31536000, immutable');
		expect(await cacheOf('pagefind/pagefind-entry.json')).toBe('public, max-age=0, must-revalidate');
		expect(await cacheOf('essays/')).toBe('public, max-age=0, must-revalidate');
		const headers = (await fetch(`${origin}/lab-essays/`)).headers;
		expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('permissions-policy')).toContain('camera=()');
	});
});
