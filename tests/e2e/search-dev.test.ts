import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { startDevServer, type DevServer } from '../support/dev-server';
import { FIXTURE_CONTENT } from '../support/paths';
import { waitForStatus } from '../support/search-ui';

// `npm run dev` has no search index: search must say so, and how to get one, rather than fail silently.
// Also proves that the parked modules start from the dev server's unbundled scripts.

const NEEDS_BUILD =
	'Search works on the built site only: the dev server has no search index. Run npm run build, then npm run preview.';

describe.runIf(browserAvailable())('search in the preview (astro dev)', () => {
	let browser: Browser;
	let server: DevServer;
	let tab: Page;

	beforeAll(async () => {
		[browser, server] = await Promise.all([
			launchBrowser(),
			startDevServer({ name: 'search-dev', content: FIXTURE_CONTENT, readyPath: '/search/' }),
		]);
		tab = await browser.newPage();
		// Vite optimises dependencies the first time a page (and then the dialog) asks for them, and reloads the
		// page when it has; let that happen before the tests start.
		await tab.goto(`${server.origin}/essays/markdown-features/`, { waitUntil: 'networkidle' });
		await tab.keyboard.press('/');
		await tab.waitForLoadState('networkidle');
		await tab.goto(`${server.origin}/search/?q=table`, { waitUntil: 'networkidle' });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('the dialog says that search needs a build, and how to make one', async () => {
		await tab.goto(`${server.origin}/essays/markdown-features/`);
		await tab.keyboard.press('/');
		await tab.locator('dialog.search-dialog input').fill('table');
		expect(await waitForStatus(tab, /built site/, 'dialog.search-dialog [role=status]')).toBe(NEEDS_BUILD);
	});

	test('the search page says the same', async () => {
		await tab.goto(`${server.origin}/search/?q=table`);
		expect(await waitForStatus(tab, /built site/)).toBe(NEEDS_BUILD);
	});

	test('the theme toggle works from the dev server too', async () => {
		await tab.goto(`${server.origin}/`);
		const toggle = tab.getByRole('button', { name: 'Dark theme' });
		const before = await toggle.getAttribute('aria-pressed');
		await toggle.click();
		await expect.poll(() => toggle.getAttribute('aria-pressed')).not.toBe(before);
	});
});
