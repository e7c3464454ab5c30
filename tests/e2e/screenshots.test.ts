import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable } from '../support/browser';
import { htmlFiles } from '../support/dist';
import { outputRoot, siteDist } from '../support/paths';
import { useSiteSession } from '../support/site-session';

// Screenshots for design review, saved to tests/.output/screenshots/ (git-ignored): home, an essay, a project
// and an update, at a phone's and a laptop's width, in both themes. Each test also checks the page reflows:
// nothing is wider than the viewport.
/** The first built entry of a section (pages of the updates list aside): 'essays' => '/essays/<first slug>/'. */
const firstOf = (section: string) =>
	`/${htmlFiles(siteDist)
		.find((file) => new RegExp(`^${section}/(?!\\d+/)[^/]+/index\\.html$`).test(file))!
		.replace(/index\.html$/, '')}`;
const pages = { home: '/', essay: firstOf('essays'), project: firstOf('projects'), update: firstOf('updates') };
const widths = [375, 1280] as const;
const themes = ['light', 'dark'] as const;
const folder = `${outputRoot}screenshots`;

const cases = Object.entries(pages).flatMap(([name, path]) =>
	widths.flatMap((width) => themes.map((theme) => ({ name, path, width, theme }))),
);

describe.runIf(browserAvailable())('screenshots for review', () => {
	const session = useSiteSession();
	beforeAll(() => mkdirSync(folder, { recursive: true }));

	test.each(cases)('$name at $width px, $theme theme', async ({ name, path, width, theme }) => {
		const context = await session.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
		const tab = await context.newPage();
		await tab.goto(`${session.server.origin}${path}`);
		expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await tab.screenshot({ path: `${folder}/${name}-${width}-${theme}.png`, fullPage: true });
		await context.close();
	});
});
