import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	pruneStoredHtml,
	readStoredHtml,
	storedHtmlExists,
	storedHtmlFolder,
	storedHtmlName,
	storedHtmlOf,
	writeStoredHtml,
} from '../../../src/loaders/stored-html';

describe('stored entry HTML', () => {
	let folder: string;
	beforeEach(async () => {
		folder = path.join(await mkdtemp(path.join(tmpdir(), 'stored-html-')), 'entry-html');
	});
	afterEach(() => rm(path.dirname(folder), { recursive: true, force: true }));

	test('lives in the cache folder, one file per entry named by its digest', () => {
		expect(storedHtmlFolder('/site/node_modules/.astro')).toBe('/site/node_modules/.astro/entry-html');
		expect(storedHtmlName('essays', 'abc123')).toBe('essays/abc123.html');
	});

	test('reads back what was written, and leaves no partial file behind', async () => {
		const name = storedHtmlName('essays', 'd1');
		await writeStoredHtml(folder, name, '<p>Hello</p>');
		expect(await readStoredHtml(folder, name)).toBe('<p>Hello</p>');
		expect(storedHtmlExists(folder, name)).toBe(true);
		expect(await readdir(path.join(folder, 'essays'))).toEqual(['d1.html']);
	});

	test('a missing file is an error naming it and saying how to recover', async () => {
		await expect(readStoredHtml(folder, 'essays/gone.html')).rejects.toThrow(
			/essays\/gone\.html is missing from .*entry-html.*run the build again/,
		);
	});

	test('pruning keeps the files entries name and removes the rest of that collection only', async () => {
		for (const name of ['essays/a.html', 'essays/b.html', 'updates/c.html']) await writeStoredHtml(folder, name, name);
		await pruneStoredHtml(folder, 'essays', new Set(['essays/a.html']));
		expect(await readdir(path.join(folder, 'essays'))).toEqual(['a.html']);
		expect(await readdir(path.join(folder, 'updates'))).toEqual(['c.html']);
		await expect(pruneStoredHtml(folder, 'pages', new Set())).resolves.toBeUndefined();
	});

	test('an entry names its file in rendered.metadata; module entries have none', () => {
		expect(storedHtmlOf({ rendered: { metadata: { headings: [], storedHtml: 'essays/a.html' } } })).toBe(
			'essays/a.html',
		);
		expect(storedHtmlOf({ rendered: { metadata: { headings: [] } } })).toBeUndefined();
		expect(storedHtmlOf({})).toBeUndefined();
	});
});
