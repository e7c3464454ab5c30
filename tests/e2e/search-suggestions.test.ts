import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserAvailable } from '../support/browser';
import { siteDist } from '../support/paths';
import { searchPage, waitForStatus } from '../support/search-ui';
import { useSiteSession } from '../support/site-session';
import { VOCABULARY_FILE } from '../../src/lib/search/vocabulary';

// "Did you mean …" on the real site, for misspellings made from the site's own vocabulary: a long word used on
// several pages with one inner letter dropped, so no wording of content/ is pinned here.

const vocabulary = readFileSync(`${siteDist}/${VOCABULARY_FILE}`, 'utf8').split('\n\n')[0]!.split('\n');
const word = vocabulary.find((w, rank) => rank > 30 && w.length >= 8)!;
const misspelt = word.slice(0, 3) + word.slice(4);
const DIALOG = 'dialog.search-dialog';

describe.runIf(browserAvailable())('Did you mean …', () => {
	const session = useSiteSession();
	let tab: Page;
	beforeEach(async () => {
		await tab?.close();
		tab = await session.browser.newPage();
	});

	test('loads nothing for it until the first search', async () => {
		await tab.goto(`${session.server.origin}/about/`);
		const fetched = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
		expect(fetched.filter((url) => url.includes('vocabulary'))).toEqual([]);
	});

	test('in the dialog: offers the site’s word, and one click searches for it', async () => {
		await tab.goto(`${session.server.origin}/about/`);
		await tab.keyboard.press('/');
		await tab.locator(`${DIALOG} input`).fill(misspelt);
		const offer = tab.locator(`${DIALOG} .search-suggestion-button`);
		await expect.poll(() => offer.textContent(), { timeout: 10_000 }).toBe(word);
		expect(await tab.locator(`${DIALOG} .search-suggestion`).getAttribute('aria-live')).toBe('polite');
		await offer.click();
		expect(await tab.locator(`${DIALOG} input`).inputValue()).toBe(word);
		await waitForStatus(tab, /^[1-9]\d* results? for/, `${DIALOG} [role=status]`);
		expect(await tab.locator(`${DIALOG} .search-suggestion`).isHidden()).toBe(true);
		expect(await axeViolations(tab)).toEqual([]);
	});

	test('in the dialog: Enter searches for the suggestion instead of leaving the page', async () => {
		await tab.goto(`${session.server.origin}/about/`);
		await tab.keyboard.press('/');
		await tab.locator(`${DIALOG} input`).fill(misspelt);
		await expect.poll(() => tab.locator(`${DIALOG} .search-suggestion-button`).textContent()).toBe(word);
		await tab.keyboard.press('Enter');
		expect(new URL(tab.url()).pathname).toBe('/about/');
		await expect.poll(() => tab.locator(`${DIALOG} input`).inputValue()).toBe(word);
		await waitForStatus(tab, /^[1-9]\d* results? for/, `${DIALOG} [role=status]`);
	});

	test('on the search page: offers it for a shared address, and Enter searches and records it', async () => {
		await searchPage(tab, session.server.origin, `?q=${encodeURIComponent(misspelt)}`);
		const offer = tab.locator('.search-suggestion-button');
		await expect.poll(() => offer.textContent(), { timeout: 10_000 }).toBe(word);
		await tab.locator('#search-query').focus();
		await tab.keyboard.press('Enter');
		await expect.poll(() => new URL(tab.url()).searchParams.get('q')).toBe(word);
		await waitForStatus(tab, /^[1-9]\d* results? for/);
		expect(await axeViolations(tab)).toEqual([]);
	});

	test('offers nothing for a word of the site, whole or partly typed', async () => {
		await tab.goto(`${session.server.origin}/about/`);
		await tab.keyboard.press('/');
		for (const query of [word, word.slice(0, 5)]) {
			await tab.locator(`${DIALOG} input`).fill(query);
			await waitForStatus(tab, /^[1-9]\d* results? for/, `${DIALOG} [role=status]`);
			expect(await tab.locator(`${DIALOG} .search-suggestion`).isHidden()).toBe(true);
		}
	});
});
