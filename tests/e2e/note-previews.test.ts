import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserAvailable } from '../support/browser';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';
import { useSiteSession } from '../support/site-session';

// Note previews on the real site, served with its own _headers (CSP included): by mouse, keyboard and touch,
// what screen readers hear, and the plain jump links without JavaScript.

const essay =
	`/${htmlFiles(siteDist).find((f) => /^essays\/[^/]+\/index\.html$/.test(f) && page(siteDist, `/${f}`).querySelector('[data-footnote-ref]'))!}`.replace(
		/index\.html$/,
		'',
	);
const REF = '.prose sup a[data-footnote-ref]';
const PREVIEW = '.note-preview';

/** The text of a note in the list, as a reader reads it there, without its back-links. */
const noteText = (tab: Page, id: string) =>
	tab.evaluate((id) => {
		const copy = document.getElementById(id)!.cloneNode(true) as HTMLElement;
		for (const link of copy.querySelectorAll('[data-footnote-backref]')) link.remove();
		return copy.textContent!.replace(/\s+/g, ' ').trim();
	}, id);
const previewText = (tab: Page) =>
	tab.evaluate(() =>
		[...document.querySelectorAll('.note-preview-text')]
			.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())
			.join(' '),
	);
const previewOpen = (tab: Page) => tab.locator(PREVIEW).isVisible();

describe.runIf(browserAvailable())('note previews', () => {
	const session = useSiteSession();
	let context: BrowserContext | undefined;
	const violations: string[] = [];

	async function open(options: Parameters<typeof session.browser.newContext>[0] = {}) {
		context = await session.browser.newContext(options);
		const tab = await context.newPage();
		await tab.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
			});
		});
		tab.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await tab.goto(`${session.server.origin}${essay}`);
		return tab;
	}
	afterEach(async () => {
		await context?.close();
		expect(violations).toEqual([]);
	});

	test('the page runs nothing for them on load', async () => {
		const tab = await open();
		const scripts = await tab.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => /\.js(\?|$)/.test(e.name))
				.map((e) => e.name),
		);
		expect(scripts).toEqual([]);
		expect(await tab.locator(PREVIEW).count()).toBe(0);
	});

	test('by mouse: pointing at a number shows its note, with its source; moving away closes it', async () => {
		const tab = await open();
		const ref = tab.locator(REF).first();
		const id = (await ref.getAttribute('href'))!.slice(1);
		await ref.hover();
		await expect.poll(() => previewOpen(tab)).toBe(true);
		expect(await previewText(tab)).toBe(await noteText(tab, id));
		expect(await tab.locator(`${PREVIEW} .note-preview-jump`).getAttribute('href')).toBe(`#${id}`);
		expect(await tab.locator(`${PREVIEW} [id]`).count()).toBe(0);
		// The preview sits beside the number, in the window.
		const [number, box] = await Promise.all([ref.boundingBox(), tab.locator(PREVIEW).boundingBox()]);
		expect(box!.y).toBeGreaterThanOrEqual(number!.y + number!.height);
		expect(box!.y - (number!.y + number!.height)).toBeLessThan(40);
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(tab.viewportSize()!.width);
		// Moving onto the preview keeps it; moving away from both closes it.
		await tab.locator(PREVIEW).hover();
		await tab.waitForTimeout(500);
		expect(await previewOpen(tab)).toBe(true);
		await tab.mouse.move(2, 2);
		await expect.poll(() => previewOpen(tab)).toBe(false);
		expect(new URL(tab.url()).hash).toBe('');
	});

	test('by keyboard: focusing a number shows its note, Tab reaches its links, Escape closes it', async () => {
		const tab = await open();
		const ref = tab.locator(REF).first();
		await ref.evaluate((el) => {
			// Start just before the number, as a reader tabbing through the text would.
			const before = document.createElement('button');
			before.id = 'before-ref';
			before.textContent = 'before';
			el.closest('sup')!.before(before);
		});
		await tab.locator('#before-ref').focus();
		await tab.keyboard.press('Tab');
		expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-footnote-ref'))).toBe(true);
		await expect.poll(() => previewOpen(tab)).toBe(true);
		expect(await ref.getAttribute('aria-expanded')).toBe('true');
		expect(await ref.getAttribute('aria-describedby')).toBe('note-preview');
		// Screen readers hear the note as it opens.
		await expect
			.poll(() => tab.locator('[aria-live="polite"]').filter({ hasText: 'Note' }).textContent())
			.toContain(await previewText(tab));
		await tab.keyboard.press('Tab');
		expect(await tab.evaluate(() => !!document.activeElement?.closest('.note-preview'))).toBe(true);
		expect(await axeViolations(tab)).toEqual([]);
		await tab.keyboard.press('Escape');
		expect(await previewOpen(tab)).toBe(false);
		expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-footnote-ref'))).toBe(true);
		expect(await ref.getAttribute('aria-expanded')).toBeNull();
		// Tabbing on past the number closes its preview too.
		await tab.keyboard.press('Shift+Tab');
		await tab.keyboard.press('Tab');
		await expect.poll(() => previewOpen(tab)).toBe(true);
		await tab.keyboard.press('Shift+Tab');
		await expect.poll(() => previewOpen(tab)).toBe(false);
	});

	test('by keyboard: Enter on a number keeps the reader in the paragraph; the preview’s link goes to the note', async () => {
		const tab = await open();
		const ref = tab.locator(REF).first();
		const id = (await ref.getAttribute('href'))!.slice(1);
		await ref.focus();
		await tab.keyboard.press('Enter');
		await expect.poll(() => previewOpen(tab)).toBe(true);
		expect(new URL(tab.url()).hash).toBe('');
		await tab.locator(`${PREVIEW} .note-preview-jump`).click();
		await expect.poll(() => new URL(tab.url()).hash).toBe(`#${id}`);
	});

	test('by touch: tapping a number shows its note without jumping; tapping elsewhere closes it', async () => {
		const tab = await open({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
		const ref = tab.locator(REF).first();
		const id = (await ref.getAttribute('href'))!.slice(1);
		await ref.scrollIntoViewIfNeeded();
		await ref.tap();
		await expect.poll(() => previewOpen(tab)).toBe(true);
		expect(await previewText(tab)).toBe(await noteText(tab, id));
		expect(new URL(tab.url()).hash).toBe('');
		const box = (await tab.locator(PREVIEW).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		expect(await axeViolations(tab)).toEqual([]);
		await tab.locator('h1').tap();
		await expect.poll(() => previewOpen(tab)).toBe(false);
	});

	test('without JavaScript: the number jumps to the note and its back-link returns', async () => {
		const tab = await open({ javaScriptEnabled: false });
		const ref = tab.locator(REF).first();
		const id = (await ref.getAttribute('href'))!.slice(1);
		await ref.click();
		expect(new URL(tab.url()).hash).toBe(`#${id}`);
		expect(await tab.locator(PREVIEW).count()).toBe(0);
		const refId = await ref.getAttribute('id');
		await tab.locator(`#${id} a[href="#${refId}"]`).click();
		expect(new URL(tab.url()).hash).toBe(`#${refId}`);
	});
});
