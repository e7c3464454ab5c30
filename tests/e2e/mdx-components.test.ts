import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { fixtureDist } from '../support/paths';
import { serveDist, type StaticServer } from '../support/serve';

// The MDX components in a browser, on the fixture update that uses each once.
describe.runIf(browserAvailable())('MDX components', () => {
	let browser: Browser;
	let server: StaticServer;
	let tab: Page;
	const requests: string[] = [];

	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), serveDist(fixtureDist)]);
		tab = await browser.newPage();
		tab.on('request', (request: Request) => requests.push(request.url()));
		await tab.goto(`${server.origin}/updates/mdx-components/`);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('Video asks nothing of the video host until the reader plays it, then loads the privacy-enhanced player', async () => {
		expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
		const play = tab.getByRole('link', { name: 'Play video: What is the Q Lab?' });
		await play.click();
		const frame = tab.locator('.video iframe');
		expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
		expect(await frame.getAttribute('title')).toBe('What is the Q Lab?');
		expect(await tab.getByRole('link', { name: 'Read the transcript' }).getAttribute('href')).toBe('/about/');
	});

	test('BarChart draws bars in proportion, with the same figures in a table', async () => {
		const widths = await tab.locator('.bar-chart-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('width')));
		expect(widths).toEqual(['80%', '40%']);
		await tab.locator('.bar-chart summary').click();
		const rows = await tab
			.locator('.bar-chart table tbody tr')
			.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
		expect(rows).toEqual(['Clinical 50%', 'Managerial 25%']);
		expect(await tab.locator('.bar-chart svg').getAttribute('aria-hidden')).toBe('true');
	});

	test('Figure, PullQuote, Stat, Callout and KeyPoints render their parts', async () => {
		expect(await tab.getByRole('img', { name: 'An empty grey rectangle' }).count()).toBe(1);
		expect(await tab.locator('.pull-quote figcaption').textContent()).toBe('A participant, at the first workshop');
		expect(await tab.locator('.stat-value').textContent()).toBe('2,666');
		expect(await tab.getByRole('complementary', { name: 'A tip' }).count()).toBe(1);
		expect(await tab.getByRole('region', { name: 'Key points' }).count()).toBe(1);
	});
});
