import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The search page's result title links, in order. */
export const resultLinks = (tab: Page): Locator => tab.locator('#search-results > li > .search-result-title a');

/** Waits until the live region has announced a finished search, and returns its text. */
export async function waitForStatus(tab: Page, pattern: RegExp, scope = '#search-status'): Promise<string> {
	await expect.poll(async () => (await tab.locator(scope).textContent()) ?? '', { timeout: 10_000 }).toMatch(pattern);
	return (await tab.locator(scope).textContent()) ?? '';
}

/** The number in "12 results for …" or "6 entries match …". */
export function countIn(status: string): number {
	const match = /^(\d+) (?:results?|entr(?:y|ies))/.exec(status);
	if (!match) throw new Error(`No result count in the status "${status}".`);
	return Number(match[1]);
}

/** Opens /search/ with a query string and waits for the results to be announced. */
export async function searchPage(tab: Page, origin: string, query: string, base = '/'): Promise<string> {
	await tab.goto(`${origin}${base}search/${query}`);
	return waitForStatus(tab, /result|entr|match|Nothing/);
}

/** Pathname of a link's href without the highlight parameter: '/essays/x/?highlight=y' => '/essays/x/'. */
export const pathOf = (href: string | null): string => new URL(href ?? '', 'http://x').pathname;
