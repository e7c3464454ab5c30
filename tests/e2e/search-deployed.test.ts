import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { buildSite, type BuildResult } from '../support/build-site';
import { FIXTURE_CONTENT, fixtureDist } from '../support/paths';
import { countIn, pathOf, resultLinks, searchPage, waitForStatus } from '../support/search-ui';
import { serveDist, type StaticServer } from '../support/serve';

// Search as deployed, on the fixture site: under a sub-path, and under a strict Content-Security-Policy. (The real
// site's every page is loaded under its own policy, at the root and under a sub-path, in publishing.test.ts.)

/**
 * The strictest policy search works under: this is what Pagefind needs, and all it needs. It compiles WebAssembly
 * ('wasm-unsafe-eval' in script-src), searches in a same-origin Web Worker (worker-src 'self': pagefind-worker.js
 * is a file, not a blob:) and fetches its index and wasm (connect-src 'self'). None of search's scripts are inline,
 * and nothing loads from elsewhere. The site's own inline scripts and styles (the theme script) are allowed by the
 * hashes its _headers lists, which this reuses.
 */
function strictPolicy(distDir: string): string {
	const policy = readFileSync(path.join(distDir, '_headers'), 'utf8').match(/Content-Security-Policy: (.+)/)?.[1] ?? '';
	const hashes = (directive: string) =>
		(new RegExp(`${directive} ([^;]+)`).exec(policy)?.[1] ?? '').split(' ').filter((s) => s.startsWith("'sha"));
	return [
		"default-src 'none'",
		["script-src 'self' 'wasm-unsafe-eval'", ...hashes('script-src')].join(' '),
		"worker-src 'self'",
		"connect-src 'self'",
		["style-src 'self'", ...hashes('style-src')].join(' '),
		"img-src 'self' data:",
		"font-src 'self'",
		"manifest-src 'self'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

const BASE = '/lab-essays/';

describe.runIf(browserAvailable())('search under a sub-path', () => {
	let build: BuildResult;
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;
	const failed: string[] = [];

	beforeAll(async () => {
		build = await buildSite({ name: 'search-subpath', content: FIXTURE_CONTENT, base: BASE });
		if (build.exitCode !== 0) throw new Error(build.output);
		[browser, server] = await Promise.all([launchBrowser(), serveDist(build.outDir, { base: BASE })]);
		tab = await browser.newPage();
		tab.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		tab.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('the search page finds results, links them under the base and filters them', async () => {
		const status = await searchPage(tab, server.origin, '?q=Marrowfield', BASE);
		expect(countIn(status)).toBeGreaterThan(0);
		const first = await resultLinks(tab).first().getAttribute('href');
		expect(pathOf(first)).toBe(`${BASE}updates/workshop-day/`);
		await tab.getByRole('checkbox', { name: /^Project/ }).check();
		await waitForStatus(tab, /with the chosen filters/);
		expect(new URL(tab.url()).pathname).toBe(`${BASE}search/`);
		expect(pathOf(await resultLinks(tab).first().getAttribute('href'))).toBe(`${BASE}projects/pilot/`);
	});

	test('the dialog opens from any page, and its results open under the base with the words marked', async () => {
		await tab.goto(`${server.origin}${BASE}essays/`);
		expect(await tab.locator('header a[data-search-trigger]').getAttribute('href')).toBe(`${BASE}search/`);
		await tab.keyboard.press('/');
		await tab.locator('dialog.search-dialog input').fill('Pollsworth');
		await waitForStatus(tab, /results? for/, 'dialog.search-dialog [role=status]');
		await tab.locator('dialog.search-dialog .search-results a').first().click();
		await tab.waitForURL(`**${BASE}essays/survey-findings/?highlight=pollsworth`);
		await expect.poll(() => tab.locator('mark.search-highlight').count()).toBeGreaterThan(0);
	});

	test('every request stayed under the base and succeeded', () => {
		expect(failed).toEqual([]);
	});
});

describe.runIf(browserAvailable())('search under a strict Content-Security-Policy', () => {
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;
	const violations: string[] = [];
	const workers: string[] = [];

	beforeAll(async () => {
		[browser, server] = await Promise.all([
			launchBrowser(),
			serveDist(fixtureDist, { headers: { 'Content-Security-Policy': strictPolicy(fixtureDist) } }),
		]);
		tab = await browser.newPage();
		tab.on('console', (message) => {
			if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
		});
		tab.on('worker', (worker) => workers.push(worker.url()));
		await tab.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (event) =>
				console.error(`Content-Security-Policy: ${event.violatedDirective} blocked ${event.blockedURI}`),
			),
		);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('the search page works, in a Web Worker, with nothing blocked', async () => {
		const status = await searchPage(tab, server.origin, '?q=Thornbury+Institute&type=Essay');
		expect(countIn(status)).toBeGreaterThan(0);
		expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
		expect(violations).toEqual([]);
	});

	test('the dialog and the highlighter work, with nothing blocked', async () => {
		await tab.goto(`${server.origin}/about/`);
		await tab.keyboard.press('Control+k');
		await tab.locator('dialog.search-dialog input').fill('Marrowfield');
		await waitForStatus(tab, /results? for/, 'dialog.search-dialog [role=status]');
		await tab.locator('dialog.search-dialog .search-results a').first().click();
		await tab.waitForURL('**/updates/workshop-day/?highlight=marrowfield');
		await expect.poll(() => tab.locator('mark.search-highlight').count()).toBeGreaterThan(0);
		expect(violations).toEqual([]);
	});
});
