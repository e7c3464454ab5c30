import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { fixtureDist } from '../support/paths';
import { serveDist, type StaticServer } from '../support/serve';

// On the fixture site: which essay is listed first, and whether search ranks it first for its title, are the
// editors' business on the real one.
describe.runIf(browserAvailable())('a reader', () => {
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;

	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), serveDist(fixtureDist)]);
		tab = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('goes from the home page to an essay, then finds it again by searching for its title words', async () => {
		await tab.goto(`${server.origin}/`);
		await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Essays' }).click();
		await tab.waitForURL('**/essays/');
		const firstEssay = tab.locator('main ol.entry-list h3 a').first();
		const title = (await firstEssay.textContent())!.trim();
		await firstEssay.click();
		await expect.poll(() => tab.locator('h1').textContent()).toBe(title);
		const essayUrl = new URL(tab.url()).pathname;

		await tab.goto(`${server.origin}/search/?q=${encodeURIComponent(title)}`);
		const firstResult = tab.locator('#search-results a').first();
		// Result links carry ?highlight=… so the essay marks the words searched for.
		const resultPath = async () => new URL((await firstResult.getAttribute('href')) ?? '', server.origin).pathname;
		await expect.poll(resultPath, { timeout: 10_000 }).toBe(essayUrl);
		await firstResult.click();
		await tab.waitForURL((url) => url.pathname === essayUrl);
		expect(await tab.locator('h1').textContent()).toBe(title);
	});
});
