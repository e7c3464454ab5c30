import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';
import { startDevServer, type DevServer } from '../support/dev-server';
import { htmlFiles, page } from '../support/dist';
import { FIXTURE_CONTENT, fixtureDist } from '../support/paths';
import { serveDist } from '../support/serve';

// Drafts and scheduled entries, with the clock injected (LAB_ESSAYS_NOW; TEST_NOW unless given):
// tests/fixtures/site has a draft essay ("Draftword") and one scheduled for 2099 ("Scheduledword").

/** How many pages the built site's Pagefind index finds for a word, searched with Pagefind's own client. */
async function searchCount(outDir: string, word: string): Promise<number> {
	const server = await serveDist(outDir);
	try {
		const pagefind = await import(`${pathToFileURL(`${outDir}/pagefind/pagefind.js`).href}?${Date.now()}`);
		await pagefind.options({ basePath: `${server.origin}/pagefind/` });
		return (await pagefind.search(word)).results.length;
	} finally {
		await server.close();
	}
}

describe('a production build', () => {
	// The fixture at TEST_NOW is the shared build of global-setup.ts; the one in 2099 is this file's own.
	const now = { outDir: fixtureDist };
	let later: BuildResult;
	beforeAll(async () => {
		later = await buildSite({ name: 'drafts-2099', content: FIXTURE_CONTENT, now: '2099-01-02' });
		if (later.exitCode !== 0) throw new Error(later.output);
	});

	test('leaves drafts and future-dated essays out of the pages and the listings', () => {
		const files = htmlFiles(now.outDir);
		expect(files).toContain('essays/markdown-features/index.html');
		expect(files).not.toContain('essays/draft-essay/index.html');
		expect(files).not.toContain('essays/scheduled-essay/index.html');
		const listing = page(now.outDir, '/essays/').text;
		expect(listing).toContain('Markdown features');
		expect(listing).not.toContain('A draft essay');
		expect(listing).not.toContain('A scheduled essay');
	});

	test('leaves them out of the feeds and the sitemap, and adds a scheduled essay once its date has come', () => {
		const read = (outDir: string, file: string) => readFileSync(`${outDir}/${file}`, 'utf8');
		for (const file of ['essays/rss.xml', 'sitemap-0.xml']) {
			expect(read(now.outDir, file), file).toContain('/essays/markdown-features/');
			expect(read(now.outDir, file), file).not.toContain('draft-essay');
			expect(read(now.outDir, file), file).not.toContain('scheduled-essay');
			expect(read(later.outDir, file), file).toContain('/essays/scheduled-essay/');
			expect(read(later.outDir, file), file).not.toContain('draft-essay');
		}
	});

	test('leaves them out of the search index', async () => {
		expect(await searchCount(now.outDir, 'Draftword')).toBe(0);
		expect(await searchCount(now.outDir, 'Scheduledword')).toBe(0);
		expect(await searchCount(now.outDir, 'figure')).toBeGreaterThan(0);
	});

	test('publishes a scheduled essay once the clock passes its date, but never a draft', async () => {
		const files = htmlFiles(later.outDir);
		expect(files).toContain('essays/scheduled-essay/index.html');
		expect(files).not.toContain('essays/draft-essay/index.html');
		expect(page(later.outDir, '/essays/scheduled-essay/').querySelector('.draft-banner')).toBeNull();
		expect(await searchCount(later.outDir, 'Scheduledword')).toBe(1);
		expect(await searchCount(later.outDir, 'Draftword')).toBe(0);
	});
});

describe('the preview (astro dev)', () => {
	let server: DevServer;
	beforeAll(async () => {
		server = await startDevServer({
			name: 'drafts-dev',
			content: FIXTURE_CONTENT,
			readyPath: '/essays/markdown-features/',
		});
	});
	afterAll(() => server?.close());

	const html = async (path: string) => {
		const response = await fetch(`${server.origin}${path}`);
		expect(response.status, `${path}\n${server.output()}`).toBe(200);
		return response.text();
	};

	test('shows a draft with a visible Draft banner', async () => {
		const body = await html('/essays/draft-essay/');
		expect(body).toContain('Draftword');
		expect(body).toMatch(/class="draft-banner"[^>]*>\s*Draft:/);
	});

	test('shows a scheduled entry with a Scheduled banner', async () => {
		const body = await html('/essays/scheduled-essay/');
		expect(body).toContain('Scheduledword');
		expect(body).toMatch(/class="draft-banner"[^>]*>\s*Scheduled:/);
	});

	test('shows no banner on a published entry, and lists drafts for preview', async () => {
		expect(await html('/essays/markdown-features/')).not.toContain('class="draft-banner"');
		expect(await html('/essays/')).toContain('A draft essay');
	});
});
