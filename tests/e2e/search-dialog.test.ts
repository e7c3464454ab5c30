import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserAvailable, launchBrowser } from '../support/browser';
import { fixtureDist } from '../support/paths';
import { countIn, pathOf, waitForStatus } from '../support/search-ui';
import { serveDist, type StaticServer } from '../support/serve';

// The header's search dialog on the fixture site: opening it, the keyboard, focus and what screen readers hear.

const DIALOG = 'dialog.search-dialog';
const STATUS = `${DIALOG} [role=status]`;

describe.runIf(browserAvailable())('the search dialog', () => {
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;

	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), serveDist(fixtureDist)]);
	});
	beforeEach(async () => {
		await tab?.close();
		tab = await browser.newPage();
		await tab.goto(`${server.origin}/essays/markdown-features/`);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const dialogOpen = () => tab.locator(DIALOG).evaluate((d: HTMLDialogElement) => d.open);
	const focusedInDialog = () => tab.evaluate((s) => !!document.activeElement?.closest(s), DIALOG);
	const focusedLabel = () =>
		tab.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');

	/** Types words and waits until every result the dialog shows (up to six, the first two sooner) is there. */
	async function searchFor(words: string) {
		await tab.locator(`${DIALOG} input`).fill(words);
		const status = await waitForStatus(tab, /results? for/, STATUS);
		await expect.poll(() => tab.locator(`${DIALOG} .search-results > li`).count()).toBe(Math.min(6, countIn(status)));
		return status;
	}

	test('loads no dialog code until it is opened', async () => {
		const scripts = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
		expect(scripts.filter((url) => /Dialog|search-runner|pagefind/.test(url))).toEqual([]);
		expect(await tab.locator(DIALOG).count()).toBe(0);
	});

	test('opens from the header link instead of leaving the page, with the box focused', async () => {
		await tab.locator('header a[data-search-trigger]').click();
		await expect.poll(dialogOpen).toBe(true);
		expect(new URL(tab.url()).pathname).toBe('/essays/markdown-features/');
		expect(await focusedLabel()).toBe('search-dialog-input');
	});

	test.each(['/', 'Control+k', 'Meta+k'])('opens with the %s shortcut', async (keys) => {
		await tab.keyboard.press(keys);
		await expect.poll(dialogOpen).toBe(true);
		expect(await focusedLabel()).toBe('search-dialog-input');
	});

	test('shows results as you type and announces how many', async () => {
		await tab.keyboard.press('/');
		const status = await searchFor('Marrowfield');
		expect(countIn(status)).toBeGreaterThan(0);
		const first = tab.locator(`${DIALOG} .search-results > li`).first();
		expect(pathOf(await first.locator('a').first().getAttribute('href'))).toBe('/updates/workshop-day/');
		expect(await first.locator('.search-result-meta').textContent()).toMatch(/^Update · Pilot · July 2017$/);
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
		const more = tab.locator(`${DIALOG} .search-dialog-more a`);
		expect(new URL((await more.getAttribute('href'))!, server.origin).search).toBe('?q=Marrowfield');
	});

	test('arrow keys move through the results and Enter opens the one focused', async () => {
		await tab.keyboard.press('/');
		await searchFor('Pollsworth');
		const links = await tab
			.locator(`${DIALOG} .search-results a`)
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(3);
		await tab.keyboard.press('ArrowDown');
		expect(await focusedLabel()).toBe(links[0]);
		await tab.keyboard.press('ArrowDown');
		await tab.keyboard.press('ArrowDown');
		expect(await focusedLabel()).toBe(links[2]);
		await tab.keyboard.press('ArrowUp');
		expect(await focusedLabel()).toBe(links[1]);
		await tab.keyboard.press('End');
		expect(await focusedLabel()).toBe(links.at(-1));
		await tab.keyboard.press('Home');
		await tab.keyboard.press('ArrowUp');
		expect(await focusedLabel()).toBe('search-dialog-input');
		await tab.keyboard.press('ArrowDown');
		await tab.keyboard.press('ArrowDown');
		// The second link is the first result's first matching section: it lands on its heading.
		await tab.keyboard.press('Enter');
		await tab.waitForURL(`**${links[1]}`);
		const hash = new URL(tab.url()).hash;
		expect(hash).toMatch(/^#.+/);
		expect(await tab.locator(`[id="${hash.slice(1)}"]`).count()).toBe(1);
		await expect.poll(() => tab.locator('mark.search-highlight').count()).toBeGreaterThan(0);
	});

	test('Escape closes it and returns focus to the header link', async () => {
		await tab.locator('header a[data-search-trigger]').focus();
		await tab.keyboard.press('Enter');
		await expect.poll(dialogOpen).toBe(true);
		await searchFor('peer');
		await tab.keyboard.press('Escape');
		await expect.poll(dialogOpen).toBe(false);
		expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
	});

	test('returns focus to the header link after a shortcut opened it, and opens again', async () => {
		await tab.keyboard.press('Control+k');
		await expect.poll(dialogOpen).toBe(true);
		await tab.locator(`${DIALOG} .search-dialog-close`).click();
		await expect.poll(dialogOpen).toBe(false);
		expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
		await tab.keyboard.press('/');
		await expect.poll(dialogOpen).toBe(true);
	});

	test('keeps focus inside while it is open, forwards and backwards', async () => {
		await tab.keyboard.press('/');
		await searchFor('Marrowfield');
		const stops = (await tab.locator(`${DIALOG} a[href], ${DIALOG} button, ${DIALOG} input`).count()) + 2;
		for (const key of ['Tab', 'Shift+Tab']) {
			for (let i = 0; i < stops; i++) {
				await tab.keyboard.press(key);
				expect(await focusedInDialog(), `after ${i + 1} × ${key}`).toBe(true);
			}
		}
		// Everything behind the dialog is inert: not even a script can move focus there.
		await tab.evaluate(() => document.querySelector<HTMLElement>('main a[href]')?.focus());
		expect(await focusedInDialog()).toBe(true);
	});

	test('fetches the “Did you mean …” vocabulary only for a query its results do not show', async () => {
		const vocabularyFetches = () =>
			tab.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('vocabulary')).length);
		await tab.keyboard.press('/');
		await searchFor('peer support');
		expect(await vocabularyFetches()).toBe(0);
		await tab.locator(`${DIALOG} input`).fill('Marowfield');
		await expect.poll(vocabularyFetches).toBe(1);
		await expect.poll(() => tab.locator(`${DIALOG} .search-suggestion-button`).textContent()).toBe('Marrowfield');
	});

	test('has no WCAG 2.2 A or AA violations when open with results', async () => {
		await tab.keyboard.press('/');
		await searchFor('peer support');
		expect(await axeViolations(tab)).toEqual([]);
	});

	test('does not open while typing in a field', async () => {
		await tab.goto(`${server.origin}/search/`);
		await tab.locator('#search-query').fill('a/b');
		expect(await tab.locator('#search-query').inputValue()).toBe('a/b');
		expect(await tab.locator(DIALOG).count()).toBe(0);
	});

	test('on the search page, the shortcut focuses the page’s own box', async () => {
		await tab.goto(`${server.origin}/search/`);
		await tab.locator('h1').click();
		await tab.keyboard.press('/');
		await expect.poll(focusedLabel).toBe('search-query');
		expect(await tab.locator(DIALOG).count()).toBe(0);
	});

	test('the search page has no WCAG 2.2 A or AA violations with results and filters shown', async () => {
		await tab.goto(`${server.origin}/search/?q=peer+support&type=Essay`);
		await waitForStatus(tab, /results? for/);
		expect(await axeViolations(tab)).toEqual([]);
	});
});
