import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { indexedPages } from '../support/pagefind-index';
import { fixtureDist } from '../support/paths';
import { pathOf, resultLinks, searchPage } from '../support/search-ui';
import { serveDist, type StaticServer } from '../support/serve';

// The fixture site has a draft essay (only it says "Draftword") and one scheduled for 2099 ("Scheduledword").

// The fixture site, built once per run by global-setup.ts.
const build = { outDir: fixtureDist };

describe('the index of a site with a draft and a scheduled essay', () => {
	test('holds the published essay and neither of the others', () => {
		const urls = indexedPages(build.outDir).map((p) => p.url);
		expect(urls).toContain('/essays/markdown-features/');
		expect(urls.filter((url) => /draft|scheduled/.test(url))).toEqual([]);
	});

	test('holds neither word anywhere', () => {
		for (const page of indexedPages(build.outDir)) expect(page.content).not.toMatch(/Draftword|Scheduledword/i);
	});
});

describe.runIf(browserAvailable())('searching a site with a draft and a scheduled essay', () => {
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;

	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), serveDist(build.outDir)]);
		tab = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('finds the published essay', async () => {
		await searchPage(tab, server.origin, '?q=Markdown+features');
		expect(pathOf(await resultLinks(tab).first().getAttribute('href'))).toBe('/essays/markdown-features/');
	});

	test.each(['Draftword', 'Scheduledword'])('finds nothing for “%s”', async (word) => {
		const status = await searchPage(tab, server.origin, `?q=${word}`);
		expect(status).toBe(`No results for “${word}”. Try fewer or different words.`);
		expect(await resultLinks(tab).count()).toBe(0);
	});
});
