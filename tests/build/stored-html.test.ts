import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';
import { FIXTURE_CONTENT, repoRoot } from '../support/paths';

// The content loader keeps each entry's HTML in a file of its own (src/loaders/stored-html.ts), not in the data
// store that Astro bundles and loads whole: the store stays the size of the sources, and a page reads its HTML.
const NAME = 'stored-html';
const cacheDir = path.join(repoRoot, 'node_modules/.astro-test', NAME);
const htmlFolder = path.join(cacheDir, 'entry-html');
const ESSAY = 'lessons-from-the-pilot';

const essayPage = (outDir: string) => readFile(path.join(outDir, 'essays', ESSAY, 'index.html'), 'utf8');
const storedEssays = () => readdir(path.join(htmlFolder, 'essays'));

describe('entry HTML kept out of the data store', () => {
	let first: BuildResult;
	beforeAll(async () => {
		await rm(cacheDir, { recursive: true, force: true });
		first = await buildSite({ name: NAME, content: FIXTURE_CONTENT });
	}, 240_000);

	test('the store holds no rendered markup; each entry has one HTML file and its page carries it', async () => {
		expect(first.exitCode, first.output).toBe(0);
		const store = await readFile(path.join(cacheDir, 'data-store.json'), 'utf8');
		expect(store).not.toMatch(/<h2 id=/);
		// Nor the sources: what pages need of them is stored as body facts (src/lib/content/body-facts.ts).
		const source = await readFile(path.join(repoRoot, FIXTURE_CONTENT, 'essays', `${ESSAY}.mdx`), 'utf8');
		const lastLine = source.trim().split('\n').at(-1)!;
		expect(lastLine.length).toBeGreaterThan(20);
		expect(store).not.toContain(JSON.stringify(lastLine).slice(1, -1));
		expect(store).toContain('bodyFacts');
		const essays = (await readdir(path.join(repoRoot, FIXTURE_CONTENT, 'essays'))).filter((f) => f.endsWith('.mdx'));
		expect(await storedEssays()).toHaveLength(essays.length);
		const stored = await Promise.all(
			(await storedEssays()).map((file) => readFile(path.join(htmlFolder, 'essays', file), 'utf8')),
		);
		const page = await essayPage(first.outDir);
		expect(stored.filter((html) => html.length > 0 && page.includes(html))).toHaveLength(1);
	});

	test('an entry whose HTML file has gone is rendered again by the next build', async () => {
		const before = await essayPage(first.outDir);
		const files = await storedEssays();
		await Promise.all(files.map((file) => rm(path.join(htmlFolder, 'essays', file))));
		const again = await buildSite({ name: NAME, content: FIXTURE_CONTENT, clean: false });
		expect(again.exitCode, again.output).toBe(0);
		expect((await storedEssays()).sort()).toEqual(files.sort());
		expect(await essayPage(again.outDir)).toBe(before);
	}, 240_000);
});
