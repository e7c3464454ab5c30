import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser';
import { startDevServer, type DevServer } from '../support/dev-server';
import { outputRoot, repoRoot } from '../support/paths';

// An editor previews with `npm run dev` and watches the browser, not the terminal: a content mistake must show on
// the page they are looking at, say where and what to do, and go away once it is fixed.
const content = path.join(outputRoot, 'dev-problems-content');
const essay = path.join(content, 'essays/markdown-features.mdx');

describe.runIf(browserAvailable())('content problems in the preview (astro dev)', () => {
	let browser: Browser;
	let server: DevServer;
	let tab: Page;
	let original: string;
	const banner = () => tab.getByRole('alert', { name: 'Content problems' });

	beforeAll(async () => {
		rmSync(content, { recursive: true, force: true });
		cpSync(path.join(repoRoot, 'tests/fixtures/site'), content, { recursive: true });
		original = readFileSync(essay, 'utf8');
		[browser, server] = await Promise.all([
			launchBrowser(),
			startDevServer({ name: 'dev-problems', content, readyPath: '/essays/markdown-features/' }),
		]);
		tab = await browser.newPage();
		// Let Vite finish optimising dependencies (it reloads the page once) before the tests start.
		await tab.goto(`${server.origin}/essays/markdown-features/`, { waitUntil: 'networkidle' });
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('shows nothing while the content is sound', async () => {
		await tab.goto(`${server.origin}/essays/markdown-features/`, { waitUntil: 'networkidle' });
		expect(await banner().count()).toBe(0);
	});

	test('shows a mistake on the open page as soon as the file is saved, naming file, line, field and fix', async () => {
		writeFileSync(essay, original.replace('project: pilot', 'project: pilott').replace('2018-05-01', '2018-02-30'));
		await banner().waitFor({ timeout: 30_000 });
		const text = await banner().innerText();
		expect(text).toContain('2 content problems');
		expect(text).toContain(
			'essays/markdown-features.mdx, line 5 — project: There is no project "pilott". Use one of: follow-on, pilot',
		);
		expect(text).toContain('line 8 — published: 2018-02-30 is not a date on the calendar');
	});

	test('keeps showing it on a page loaded later, until it is fixed', async () => {
		await tab.goto(`${server.origin}/essays/markdown-features/`, { waitUntil: 'networkidle' });
		await banner().waitFor({ timeout: 10_000 });
		writeFileSync(essay, original);
		await banner().waitFor({ state: 'detached', timeout: 30_000 });
		await tab.reload({ waitUntil: 'networkidle' });
		expect(await banner().count()).toBe(0);
	});
});
