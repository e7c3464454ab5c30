import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { browserAvailable } from '../support/browser';
import { fixtureDist } from '../support/paths';
import { useSiteSession } from '../support/site-session';

// What a reader does with the design: switch themes, move by keyboard, read at a comfortable measure, cite. On the
// fixture site's long essay, whose sections and authors are known.
const ESSAY = '/essays/survey-findings/';

describe.runIf(browserAvailable())('reading an essay', () => {
	const session = useSiteSession(fixtureDist);
	let context: BrowserContext;
	let tab: Page;
	const origin = () => session.server.origin;

	beforeEach(async () => {
		context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
		tab = await context.newPage();
	});
	afterEach(async () => context?.close());

	const background = () => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const toggle = () => tab.getByRole('button', { name: 'Dark theme' });

	test('follows the system theme, and the toggle says which theme is on', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		const light = await background();
		expect(await toggle().getAttribute('aria-pressed')).toBe('false');
		await tab.emulateMedia({ colorScheme: 'dark' });
		expect(await background()).not.toBe(light);
		await expect.poll(() => toggle().getAttribute('aria-pressed')).toBe('true');
	});

	test('keeps the chosen theme on the next page, applied before the first paint', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		const light = await background();
		await toggle().click();
		// The toggle's code loads on this first click, so the change follows a moment later.
		await expect.poll(() => toggle().getAttribute('aria-pressed')).toBe('true');
		const dark = await background();
		expect(dark).not.toBe(light);

		// Record the theme attribute and background the moment <body> starts, before anything paints.
		await tab.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				const w = window as unknown as { firstTheme?: string };
				w.firstTheme = document.documentElement.dataset.theme;
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await tab.goto(`${origin()}/`);
		expect(await tab.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
		expect(await background()).toBe(dark);
		expect(await toggle().getAttribute('aria-pressed')).toBe('true');
	});

	test('forgets the choice when the reader switches back to the system’s theme', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		await toggle().click();
		await expect.poll(() => tab.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
		await toggle().click();
		await expect.poll(() => tab.evaluate(() => localStorage.getItem('theme'))).toBe('');
		await tab.emulateMedia({ colorScheme: 'dark' });
		await tab.reload();
		expect(await toggle().getAttribute('aria-pressed')).toBe('true');
	});

	test('offers a visible skip link first, which moves focus to the main content', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		await tab.keyboard.press('Tab');
		const skip = tab.getByRole('link', { name: 'Skip to content' });
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		const box = await skip.boundingBox();
		expect(box && box.y >= 0 && box.height > 0).toBe(true);
		await tab.keyboard.press('Enter');
		expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
	});

	test('shows a focus outline on keyboard focus', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		await tab.keyboard.press('Tab');
		await tab.keyboard.press('Tab');
		const outline = await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).toBe('solid');
	});

	test('lists the sections beside the text on a wide screen; each link reaches its section', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		const contents = tab.getByRole('navigation', { name: 'Contents' });
		expect(await contents.count()).toBe(1);
		const link = contents.getByRole('link', { name: 'How the survey was run' });
		await link.focus();
		await tab.keyboard.press('Enter');
		await tab.waitForURL('**#how-the-survey-was-run');
		const top = () =>
			tab.evaluate(() => document.getElementById('how-the-survey-was-run')!.getBoundingClientRect().top);
		await expect.poll(top).toBeLessThan(200); // scrolling may be smooth
		expect(await top()).toBeGreaterThanOrEqual(0);
		expect(await contents.isVisible()).toBe(true); // sticky: still in view after the jump
	});

	test('folds the contents into a disclosure on a phone, opened from the keyboard', async () => {
		await tab.setViewportSize({ width: 375, height: 800 });
		await tab.goto(`${origin()}${ESSAY}`);
		const disclosure = tab.locator('details.toc');
		const link = disclosure.getByRole('link', { name: 'How the survey was run', exact: true });
		expect(await link.isVisible()).toBe(false);
		expect(await tab.locator('.toc-sidebar').isVisible()).toBe(false);
		await disclosure.locator('summary').focus();
		await tab.keyboard.press('Enter');
		expect(await link.isVisible()).toBe(true);
		expect(await tab.getByRole('navigation', { name: 'Contents' }).count()).toBe(1);
	});

	/**
	 * The characters on each full line of the essay's paragraphs, as laid out. Lines are told apart by where each
	 * character's middle falls in the paragraph's line boxes, so a raised footnote marker stays on its line.
	 */
	const charactersPerLine = () =>
		tab.evaluate(() => {
			const counts: number[] = [];
			for (const p of document.querySelectorAll('.prose > p')) {
				const top = p.getBoundingClientRect().top;
				const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
				const lines = new Map<number, number>();
				const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
				const range = document.createRange();
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (let i = 0; i < node.textContent!.length; i++) {
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						const box = range.getBoundingClientRect();
						if (box.height === 0) continue;
						const line = Math.floor((box.top + box.height / 2 - top) / lineHeight);
						lines.set(line, (lines.get(line) ?? 0) + 1);
					}
				}
				counts.push(...[...lines.values()].slice(0, -1)); // the last line of a paragraph is short
			}
			return counts;
		});
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

	test('sets essay paragraphs at no fewer than 60 characters a line on a wide screen', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		const perLine = await charactersPerLine();
		expect(perLine.length).toBeGreaterThan(20);
		expect(mean(perLine)).toBeGreaterThanOrEqual(60);
	});

	test('sets essay paragraphs at no more than 75 characters a line on a wide screen', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		expect(mean(await charactersPerLine())).toBeLessThanOrEqual(75);
	});

	test('turns off smooth scrolling when the reader prefers reduced motion', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		const scroll = () => tab.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
		expect(await scroll()).toBe('smooth');
		await tab.emulateMedia({ reducedMotion: 'reduce' });
		expect(await scroll()).toBe('auto');
	});

	test('copies the reference with the copy button', async () => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
		await tab.goto(`${origin()}${ESSAY}`);
		await tab.getByRole('button', { name: 'Copy reference' }).click();
		await expect.poll(() => tab.locator('.copy-status').first().textContent()).toBe('Copied');
		const copied = await tab.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^Fixture, A\. and Fixture Lab \(2018\) ‘What the fixture survey found’/);
	});

	test('hides copy buttons when scripts do not run, leaving the citation as text', async () => {
		const noScript = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${origin()}${ESSAY}`);
		expect(await page.getByRole('button', { name: 'Copy reference' }).isVisible()).toBe(false);
		expect(await page.locator('#cite-bibtex').textContent()).toContain('@online{');
		await noScript.close();
	});

	test('prints the essay alone, with link addresses written out and the notes kept', async () => {
		await tab.goto(`${origin()}${ESSAY}`);
		await tab.emulateMedia({ media: 'print' });
		const shown = (selector: string) =>
			tab
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el).display !== 'none');
		for (const hidden of ['.site-header', '.site-footer', '.toc-sidebar', '.series-nav', '.related', '.cite-actions']) {
			expect(await shown(hidden), hidden).toBe(false);
		}
		expect(await shown('.footnotes')).toBe(true);
		const after = await tab
			.locator('.prose a[href^="http"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(http/);
	});
});
