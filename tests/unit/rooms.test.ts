import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { folderCycles, importEdges, roomOf } from '../support/import-graph';

// The three rooms of the code: the site (src/), the browser code (src/browser/) and the tooling (scripts/).
// Imports go one way: the tooling may import the site, never the reverse, and no folder imports its importers.
const repo = path.resolve(import.meta.dirname, '../..');

/** Every source file of the site and the tooling, relative to the repository: `src/lib/urls.ts`, … */
function sourceFiles(): string[] {
	return ['src', 'scripts'].flatMap((top) =>
		readdirSync(path.join(repo, top), { recursive: true, encoding: 'utf8' })
			.map((file) => `${top}/${file.split(path.sep).join('/')}`)
			.filter((file) => /\.(?:ts|mts|js|mjs|astro)$/.test(file) && !file.endsWith('.d.ts')),
	);
}

/** The module specifiers a file imports (static, dynamic and `export … from`), as TypeScript's scanner finds them. */
function specifiersOf(file: string): string[] {
	const { importedFiles } = ts.preProcessFile(readFileSync(path.join(repo, file), 'utf8'), true, true);
	return importedFiles.map((imported) => imported.fileName);
}

describe('the repository', () => {
	const files = sourceFiles();
	const edges = importEdges(files, specifiersOf);

	test('is read: the site’s files and their imports are found', () => {
		expect(files).toContain('src/lib/urls.ts');
		expect(edges).toContainEqual({ from: 'scripts/build.ts', to: 'scripts/lib/verify/index.ts' });
	});

	test('the site (src/) never imports the tooling (scripts/)', () => {
		const wrong = edges.filter(({ from, to }) => from.startsWith('src/') && to.startsWith('scripts/'));
		expect(wrong.map(({ from, to }) => `${from} imports ${to}`)).toEqual([]);
	});

	test('has no import cycle between top-level folders of src/ and scripts/', () => {
		expect(folderCycles(edges)).toEqual([]);
	});
});

describe('importEdges', () => {
	const files = ['src/a/x.ts', 'src/b/y.ts', 'src/top.ts', 'src/c/index.ts'];
	const imports: Record<string, string[]> = {
		'src/a/x.ts': ['../b/y', '../top.ts', 'astro:content', 'yaml', '../c', '../b/y.js?raw'],
		'src/b/y.ts': ['@/top'],
	};

	test('follows relative and @/ specifiers to known files, and skips packages and virtual modules', () => {
		expect(importEdges(files, (file) => imports[file] ?? [])).toEqual([
			{ from: 'src/a/x.ts', to: 'src/b/y.ts' },
			{ from: 'src/a/x.ts', to: 'src/top.ts' },
			{ from: 'src/a/x.ts', to: 'src/c/index.ts' },
			{ from: 'src/a/x.ts', to: 'src/b/y.js' },
			{ from: 'src/b/y.ts', to: 'src/top.ts' },
		]);
	});
});

describe('roomOf', () => {
	test.each([
		['src/lib/seo/meta.ts', 'src/lib'],
		['src/browser/search/dialog.ts', 'src/browser'],
		['scripts/lib/checks/index.ts', 'scripts/lib'],
		['src/settings.ts', 'src/settings.ts'],
		['scripts/build.ts', 'scripts/build.ts'],
	])('%s => %s', (file, room) => expect(roomOf(file)).toBe(room));
});

describe('folderCycles', () => {
	test('is empty when imports between folders go one way', () => {
		expect(
			folderCycles([
				{ from: 'src/pages/a.astro', to: 'src/lib/a.ts' },
				{ from: 'src/lib/a.ts', to: 'src/lib/b.ts' },
				{ from: 'scripts/lib/c.ts', to: 'src/lib/a.ts' },
			]),
		).toEqual([]);
	});

	test('names each cycle with one import per step, through as many folders as it takes', () => {
		expect(
			folderCycles([
				{ from: 'src/integrations/c.ts', to: 'scripts/lib/r.ts' },
				{ from: 'scripts/lib/r.ts', to: 'scripts/lib/checks/t.ts' },
				{ from: 'scripts/lib/checks/t.ts', to: 'src/lib/e.ts' },
				{ from: 'src/lib/e.ts', to: 'src/integrations/c.ts' },
				{ from: 'src/browser/q.ts', to: 'src/settings.ts' },
				{ from: 'src/settings.ts', to: 'src/browser/q.ts' },
			]),
		).toEqual([
			'scripts/lib → src/lib (scripts/lib/checks/t.ts imports src/lib/e.ts) → src/integrations (src/lib/e.ts imports src/integrations/c.ts) → scripts/lib (src/integrations/c.ts imports scripts/lib/r.ts)',
			'src/browser → src/settings.ts (src/browser/q.ts imports src/settings.ts) → src/browser (src/settings.ts imports src/browser/q.ts)',
		]);
	});
});
