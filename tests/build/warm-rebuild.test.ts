import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderedFiles } from '../support/build-log';
import { buildSite, type BuildResult } from '../support/build-site';
import { indexedPages } from '../support/pagefind-index';
import { outputRoot, repoRoot } from '../support/paths';

// Three builds of one copy of the fixture site with its cache kept: cold, again with nothing edited, then after an
// edit to one essay's summary and text. The second must reuse everything it can and ship the same files; the third
// must show the edit everywhere it appears.
const content = path.join(outputRoot, 'warm-rebuild-content');
const cacheDir = path.join(repoRoot, 'node_modules/.astro-test/warm-rebuild');
const essay = path.join(content, 'essays/markdown-features.mdx');
const NEW_SUMMARY = 'Headings, a table, footnotes, a component and a warm rebuild.';
const NEW_WORD = 'Zanzibarish';

/** Every file of a built site and its bytes, by site-relative path. */
const snapshot = (dir: string): Map<string, Buffer> =>
	new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const file = path.join(entry.parentPath, entry.name);
				return [path.relative(dir, file), readFileSync(file)] as const;
			}),
	);

let cold: BuildResult;
let coldFiles: Map<string, Buffer>;
let unchanged: BuildResult;
let unchangedFiles: Map<string, Buffer>;
let edited: BuildResult;
beforeAll(async () => {
	rmSync(content, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	cpSync(path.join(repoRoot, 'tests/fixtures/site'), content, { recursive: true });
	cold = await buildSite({ name: 'warm-rebuild', content });
	coldFiles = snapshot(cold.outDir);
	unchanged = await buildSite({ name: 'warm-rebuild', content });
	unchangedFiles = snapshot(unchanged.outDir);
	const source = readFileSync(essay, 'utf8');
	writeFileSync(
		essay,
		source.replace('summary: Headings, a table, footnotes and a component.', `summary: ${NEW_SUMMARY}`),
	);
	appendFileSync(essay, `\nA paragraph added for the ${NEW_WORD} rebuild.\n`);
	edited = await buildSite({ name: 'warm-rebuild', content });
}, 900_000);

describe('a rebuild with nothing edited', () => {
	test('succeeds and ships exactly the files of the cold build, byte for byte', () => {
		for (const build of [cold, unchanged]) expect(build.exitCode, build.output.slice(-3000)).toBe(0);
		expect([...unchangedFiles.keys()].sort()).toEqual([...coldFiles.keys()].sort());
		const differing = [...coldFiles].filter(([file, bytes]) => !unchangedFiles.get(file)?.equals(bytes));
		expect(differing.map(([file]) => file)).toEqual([]);
	});

	test('renders no page with a cache key again: entries, mirrors, feeds, llms.txt, updates pages, old addresses', () => {
		const keyed = (file: string) =>
			/^\/(essays|projects|updates)\/[^/]+\/index\.(md|html)$|\/rss\.xml$|^\/llms\.txt$|^\/essay\/|^\/updates\/index\.html$|^\/_redirects/.test(
				file,
			);
		const first = renderedFiles(cold.output).filter(keyed);
		for (const file of ['/essays/rss.xml', '/updates/rss.xml', '/llms.txt', '/updates/index.html']) {
			expect(first).toContain(file);
		}
		expect(first.filter((file) => file.endsWith('/index.md')).length).toBeGreaterThan(3);
		expect(renderedFiles(unchanged.output).filter(keyed)).toEqual([]);
	});

	test('keeps the search index of the last build instead of indexing again', () => {
		expect(cold.output).toMatch(/Search index built: \d+ pages/);
		expect(unchanged.output).toMatch(/Search index unchanged: \d+ pages, kept from the last build/);
	});
});

describe('a rebuild after editing one essay', () => {
	const read = (file: string) => readFileSync(path.join(edited.outDir, file), 'utf8');

	test('succeeds and indexes again', () => {
		expect(edited.exitCode, edited.output.slice(-3000)).toBe(0);
		expect(edited.output).toMatch(/Search index built: \d+ pages/);
	});

	test('updates the essay’s Markdown mirror', () => {
		expect(read('essays/markdown-features/index.md')).toContain(`A paragraph added for the ${NEW_WORD} rebuild.`);
		expect(read('essays/markdown-features/index.md')).toContain(NEW_SUMMARY);
	});

	test('updates the essays listing, the feed and llms.txt', () => {
		expect(read('essays/index.html')).toContain(NEW_SUMMARY);
		expect(read('essays/rss.xml')).toContain(NEW_WORD);
		expect(read('llms.txt')).toContain(NEW_SUMMARY);
	});

	test('updates the search index and the vocabulary', () => {
		const record = indexedPages(edited.outDir).find((page) => page.url === '/essays/markdown-features/');
		expect(record?.content).toContain(NEW_WORD);
		expect(read('pagefind/vocabulary.txt').toLowerCase()).toContain(NEW_WORD.toLowerCase());
	});
});
