import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, verifiedBuild, type BuildResult } from '../support/build-site';
import { startDevServer } from '../support/dev-server';
import { htmlFiles, page } from '../support/dist';
import { outputRoot } from '../support/paths';

// Two `npm run build`s started together in one checkout, into the same dist/ with the same caches (as two CI jobs
// sharing a workspace would): the second waits for the first, says why, and both leave a whole, verified site.
const options = { name: 'concurrent', content: 'tests/fixtures/site', command: verifiedBuild } as const;

let results: BuildResult[];
beforeAll(async () => {
	results = await Promise.all([buildSite(options), buildSite({ ...options, clean: false })]);
}, 600_000);

describe('two builds at once', () => {
	test('both succeed, and each verified its own complete build', () => {
		for (const result of results) {
			expect(result.exitCode, result.output.slice(-3000)).toBe(0);
			expect(result.output).toMatch(/Verified \d+ pages/);
		}
	});

	test('the one that came second said which build it waited for', () => {
		const waited = results.filter((result) =>
			/Another build is running in this checkout \(npm run build, process \d+/.test(result.output),
		);
		expect(waited).toHaveLength(1);
	});

	test('leave one whole site and no half-written folders beside it', () => {
		const dist = results[0]!.outDir;
		expect(htmlFiles(dist).length).toBeGreaterThan(10);
		expect(page(dist, '/essays/markdown-features/').querySelector('h1')).not.toBeNull();
		expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
		const leftovers = readdirSync(outputRoot).filter((name) => /^concurrent\.(tmp|old)-/.test(name));
		expect(leftovers).toEqual([]);
	});
});

describe('a build while the preview runs', () => {
	test('both keep working: the build completes and the preview still serves the content', async () => {
		const server = await startDevServer({
			name: 'concurrent-dev',
			content: 'tests/fixtures/site',
			readyPath: '/essays/markdown-features/',
		});
		try {
			// Vite optimises dependencies on the first requests and may restart once; let it settle first.
			for (let attempt = 0; attempt < 3; attempt++) {
				await fetch(`${server.origin}/essays/markdown-features/`).then((r) => r.text());
				await new Promise((resolve) => setTimeout(resolve, 2000));
			}
			const result = await buildSite({
				name: 'concurrent-with-dev',
				content: 'tests/fixtures/site',
				command: verifiedBuild,
			});
			expect(result.exitCode, result.output.slice(-3000)).toBe(0);
			expect(page(result.outDir, '/essays/markdown-features/').querySelector('h1')?.textContent).toBe(
				'Markdown features',
			);
			const response = await fetch(`${server.origin}/essays/markdown-features/`);
			expect(response.status, server.output().slice(-3000)).toBe(200);
			expect(await response.text()).toContain('Markdown features');
		} finally {
			await server.close();
		}
	}, 600_000);
});
