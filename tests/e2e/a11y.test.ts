import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable } from '../support/browser';
import { htmlFiles } from '../support/dist';
import { siteDist } from '../support/paths';
import { useSiteSession } from '../support/site-session';

// axe-core on every built page, in both themes, at a laptop's width, and for essays also at a phone's (where the
// compact contents list shows); every page must reflow at 320 CSS px without scrolling sideways.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe with the WCAG 2.2 AA rules and returns its violations, one readable line per failing element. */
async function axeViolations(tab: Page): Promise<string[]> {
	if (!(await tab.evaluate(() => 'axe' in window))) await tab.addScriptTag({ content: axeSource });
	const violations = await tab.evaluate(
		async (tags) =>
			(
				await (window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run({
					runOnly: { type: 'tag', values: tags },
					resultTypes: ['violations'],
				})
			).violations,
		WCAG_22_AA,
	);
	return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}`));
}

/** Page paths for every built HTML file: 'essays/x/index.html' => '/essays/x/'. */
const pagePaths = htmlFiles(siteDist).map((file) => `/${file.replace(/index\.html$/, '')}`);

describe.runIf(browserAvailable())('accessibility of every page (axe, WCAG 2.2 AA)', () => {
	const session = useSiteSession();
	let tab: Page;

	beforeAll(async () => {
		// The site's CSP forbids inline scripts it did not hash; axe is injected by the test, so CSP is bypassed.
		const context = await session.browser.newContext({ bypassCSP: true });
		// The pages of the original site's /essay/ addresses send the browser on at once (a meta refresh); they are
		// checked as they would show if it paused there.
		await context.route(/\/essay\//, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
			await route.fulfill({ response, body });
		});
		tab = await context.newPage();
	});

	test('finds every page to check', () => {
		expect(pagePaths).toEqual(
			expect.arrayContaining(['/', '/essays/', '/projects/', '/updates/', '/search/', '/404.html']),
		);
	});

	test.each(pagePaths)('%s has no violations in either theme, and reflows at 320 px', async (path) => {
		const found: string[] = [];
		// Only essays change their parts with the width (the contents list folds into a disclosure), so other
		// pages are checked by axe at 1280 px and for reflow at 320 px.
		const axeWidths = path.startsWith('/essays/') && path !== '/essays/' ? [320, 1280] : [1280];
		for (const width of [320, 1280]) {
			await tab.setViewportSize({ width, height: 800 });
			await tab.emulateMedia({ colorScheme: 'light' });
			await tab.goto(`${session.server.origin}${path}`);
			if (width === 320) {
				const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
				expect(scrollWidth, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
			}
			if (!axeWidths.includes(width)) continue;
			for (const theme of ['light', 'dark'] as const) {
				await tab.emulateMedia({ colorScheme: theme });
				found.push(...(await axeViolations(tab)).map((line) => `${theme}, ${width}px: ${line}`));
			}
		}
		expect(found).toEqual([]);
	});
});
