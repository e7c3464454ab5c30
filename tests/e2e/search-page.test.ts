import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { htmlFiles, page } from '../support/dist';
import { fixtureDist } from '../support/paths';
import { countIn, pathOf, resultLinks, searchPage, waitForStatus } from '../support/search-ui';
import { serveDist, type StaticServer } from '../support/serve';

// The /search/ page on the fixture site (its made-up words are listed in tests/fixtures/site/README.md): relevance,
// filters, sorting, the address as state, sections and highlighting.

const essays = htmlFiles(fixtureDist)
	.filter((file) => /^essays\/[^/]+\/index\.html$/.test(file))
	.map((file) => {
		const path = `/${file.replace(/index\.html$/, '')}`;
		return { title: page(fixtureDist, path).querySelector('h1')!.text.trim(), path };
	});

describe.runIf(browserAvailable())('the search page', () => {
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;
	const requests: string[] = [];

	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), serveDist(fixtureDist)]);
		tab = await browser.newPage();
		tab.on('request', (request) => requests.push(request.url()));
	});
	beforeEach(() => {
		requests.length = 0;
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('has all four published essays to check', () => expect(essays).toHaveLength(4));

	test.each(essays)('finds the essay “$title” first for its own title', async ({ title, path }) => {
		await searchPage(tab, server.origin, `?q=${encodeURIComponent(title)}`);
		expect(pathOf(await resultLinks(tab).first().getAttribute('href'))).toBe(path);
	});

	test.each([
		['2,666', '/updates/mdx-components/'],
		['Pollsworth', '/essays/survey-findings/'],
		['Marrowfield', '/updates/workshop-day/'],
		['Thornbury Institute', '/essays/lessons-from-the-pilot/'],
		['Kestrel University', '/projects/follow-on/'],
	])('answers the fact query “%s” with %s first', async (query, path) => {
		await searchPage(tab, server.origin, `?q=${encodeURIComponent(query)}`);
		expect(pathOf(await resultLinks(tab).first().getAttribute('href'))).toBe(path);
	});

	test('shows title, content type, project, date and an excerpt with the words marked', async () => {
		await searchPage(tab, server.origin, '?q=Pollsworth');
		const first = tab.locator('#search-results > li').first();
		expect(await first.locator('.search-result-title a').textContent()).toBe('What the fixture survey found');
		expect(await first.locator('.search-result-meta').textContent()).toBe('Essay · Pilot · June 2018');
		expect(await first.locator('.search-result-meta time').getAttribute('datetime')).toBe('2018-06-01');
		expect(await first.locator('.search-result-excerpt mark').first().textContent()).toMatch(/^Pollsworth/);
	});

	test('announces the number of results in a live region', async () => {
		const status = await searchPage(tab, server.origin, '?q=Marrowfield');
		expect(await tab.locator('#search-status').getAttribute('role')).toBe('status');
		expect(countIn(status)).toBe(await resultLinks(tab).count());
	});

	test('links sections of long pages to headings that exist', async () => {
		await searchPage(tab, server.origin, '?q=Pollsworth');
		const sections = await tab
			.locator('.search-subresults a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(sections.length).toBeGreaterThan(2);
		for (const href of sections) {
			const url = new URL(href, server.origin);
			expect(url.hash, href).toMatch(/^#.+/);
			const other = await browser.newPage();
			const response = await other.goto(url.href);
			expect(response?.status(), href).toBe(200);
			expect(await other.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(), href).toBe(1);
			await other.close();
		}
	});

	test('marks the words searched for on the page a result opens', async () => {
		await searchPage(tab, server.origin, '?q=Marrowfield');
		await resultLinks(tab).first().click();
		await tab.waitForURL('**/updates/workshop-day/?highlight=marrowfield');
		await expect.poll(() => tab.locator('mark.search-highlight').count(), { timeout: 5_000 }).toBeGreaterThan(1);
		expect((await tab.locator('mark.search-highlight').allTextContents()).every((t) => /^marrowfield/i.test(t))).toBe(
			true,
		);
		expect(await tab.locator('[data-pagefind-ignore] mark.search-highlight').count()).toBe(0);
	});

	test('loads no highlighter on a page opened without the highlight parameter', async () => {
		await tab.goto(`${server.origin}/updates/workshop-day/`);
		await tab.waitForLoadState('networkidle');
		expect(requests.some((url) => /Highlight|highlight/.test(url))).toBe(false);
		expect(await tab.locator('mark.search-highlight').count()).toBe(0);
	});

	describe('filters', () => {
		test('narrow the results, show their counts and go into the address', async () => {
			const before = countIn(await searchPage(tab, server.origin, '?q=peer+support'));
			const essay = tab.getByRole('checkbox', { name: /^Essay/ });
			const label = await tab.locator('label[for="filter-type-essay"]').textContent();
			const shownCount = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
			await essay.check();
			const after = countIn(await waitForStatus(tab, /with the chosen filters/));
			expect(after).toBeLessThan(before);
			expect(after).toBe(shownCount);
			const metas = await tab.locator('#search-results > li > .search-result-meta').allTextContents();
			expect(metas.every((m) => m.startsWith('Essay'))).toBe(true);
			await expect.poll(() => new URL(tab.url()).search).toBe('?q=peer+support&type=Essay');
		});

		test('combine values within a group as alternatives and groups as requirements', async () => {
			const essays = countIn(await searchPage(tab, server.origin, '?type=Essay'));
			const updates = countIn(await searchPage(tab, server.origin, '?type=Update'));
			const both = countIn(await searchPage(tab, server.origin, '?type=Essay&type=Update'));
			expect(both).toBe(essays + updates);
			const in2017 = countIn(await searchPage(tab, server.origin, '?type=Essay&type=Update&year=2017'));
			expect(in2017).toBeLessThan(both);
			// A ticked group still offers its other values, counted as if it were not narrowed.
			expect(await tab.getByRole('checkbox', { name: /^2018/ }).isChecked()).toBe(false);
			expect(await tab.getByRole('checkbox', { name: /^Project/ }).count()).toBe(1);
		});

		test('browse without words: every essay of a project, newest first', async () => {
			const status = await searchPage(tab, server.origin, '?type=Essay&project=Pilot');
			expect(countIn(status)).toBe(3);
			const dates = await tab
				.locator('#search-results time')
				.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
			expect(dates).toEqual(['2018-07-01', '2018-06-01', '2018-05-01']);
			expect(dates).toEqual([...dates].sort().reverse());
		});

		test('by topic tag', async () => {
			const status = await searchPage(tab, server.origin, '?tag=survey');
			expect(countIn(status)).toBeGreaterThan(0);
			expect(pathOf(await resultLinks(tab).first().getAttribute('href'))).toBe('/essays/survey-findings/');
		});
	});

	test('sorts by newest first on request', async () => {
		await searchPage(tab, server.origin, '?q=peer+support&sort=newest');
		expect(await tab.locator('#search-sort').inputValue()).toBe('newest');
		const dates = await tab
			.locator('#search-results > li > .search-result-meta time')
			.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThan(3);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('keeps the search in the address, so the back button walks back through it', async () => {
		await tab.goto(`${server.origin}/search/`);
		await waitForStatus(tab, /Type words/);
		await tab.locator('#search-query').fill('Marrowfield');
		await tab.locator('#search-query').press('Enter');
		await tab.waitForURL('**/search/?q=Marrowfield');
		const all = countIn(await waitForStatus(tab, /results? for “Marrowfield”$/));
		await tab.getByRole('checkbox', { name: /^Update/ }).check();
		await tab.waitForURL('**/search/?q=Marrowfield&type=Update');
		const updates = countIn(await waitForStatus(tab, /with the chosen filters/));
		expect(updates).toBeLessThan(all);

		await tab.goBack();
		await tab.waitForURL('**/search/?q=Marrowfield');
		expect(countIn(await waitForStatus(tab, /results? for “Marrowfield”$/))).toBe(all);
		expect(await tab.getByRole('checkbox', { name: /^Update/ }).isChecked()).toBe(false);
		await tab.goBack();
		await tab.waitForURL('**/search/');
		expect(await tab.locator('#search-query').inputValue()).toBe('');
		await tab.goForward();
		await tab.waitForURL('**/search/?q=Marrowfield');
		expect(await tab.locator('#search-query').inputValue()).toBe('Marrowfield');
	});

	test('moves through results with the arrow keys and opens one with Enter', async () => {
		await searchPage(tab, server.origin, '?q=Pollsworth');
		await tab.locator('#search-query').focus();
		await tab.keyboard.press('ArrowDown');
		const links = await tab.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const focused = () =>
			tab.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
		expect(await focused()).toBe(links[0]);
		await tab.keyboard.press('ArrowDown');
		expect(await focused()).toBe(links[1]);
		await tab.keyboard.press('ArrowUp');
		await tab.keyboard.press('ArrowUp');
		expect(await focused()).toBe('search-query');
		await tab.keyboard.press('ArrowDown');
		await tab.keyboard.press('Enter');
		await tab.waitForURL(`**${links[0]}`);
	});

	test('sends no request off the site', async () => {
		await searchPage(tab, server.origin, '?q=peer&type=Essay');
		await resultLinks(tab).first().click();
		await tab.waitForLoadState('networkidle');
		expect(requests.length).toBeGreaterThan(3);
		expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
	});

	test('without JavaScript, the header link goes to the search page, which explains how to find things', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const noScript = await context.newPage();
		await noScript.goto(`${server.origin}/essays/`);
		await noScript.locator('header a[data-search-trigger]').click();
		await noScript.waitForURL('**/search/');
		expect(await noScript.getByText(/Searching needs JavaScript/).isVisible()).toBe(true);
		for (const name of ['essays', 'projects', 'updates']) {
			expect(await noScript.getByRole('link', { name, exact: true }).count()).toBe(1);
		}
		expect(await noScript.locator('#search-controls').isVisible()).toBe(false);
		await context.close();
	});
});
