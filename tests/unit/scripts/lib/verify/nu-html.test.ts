import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkNuHtml, nuProblems } from '../../../../../scripts/lib/verify/nu-html';
import { html } from './fixtures';

describe('nuProblems', () => {
	test('names the page relative to the site folder, the line and column, and folds in "cannot recover"', () => {
		const url = pathToFileURL('/site/search/index.html').href;
		const problems = nuProblems(
			{
				messages: [
					{ type: 'error', url, lastLine: 1, firstColumn: 7972, message: 'Stray start tag “script”.' },
					{ type: 'error', subType: 'fatal', url, lastLine: 1, message: 'Cannot recover after last error.' },
					{ type: 'info', subType: 'warning', url, lastLine: 1, message: 'A warning.' },
				],
			},
			'/site',
		);
		expect(problems).toEqual([
			{ file: 'search/index.html', message: 'line 1:7972 Stray start tag “script”. (W3C Nu HTML Checker)' },
		]);
	});
});

describe('checkNuHtml', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'nu-html-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('checks every page under the folder in one run and reports only the invalid ones', async () => {
		mkdirSync(path.join(dir, 'search'));
		writeFileSync(path.join(dir, 'index.html'), html('<main><h1>Home</h1></main>'));
		writeFileSync(
			path.join(dir, 'search/index.html'),
			`${html('<main><h1>Search</h1></main>')}<script src="/a.js"></script>`,
		);
		writeFileSync(path.join(dir, 'notes.txt'), 'not a page');
		const problems = await checkNuHtml(dir);
		expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
			expect.stringMatching(/^search\/index\.html: line 1:\d+ Stray start tag “script”\. \(W3C Nu HTML Checker\)$/),
		]);
	}, 60_000);

	test('says how to install Java when there is none', async () => {
		expect(await checkNuHtml(dir, { java: 'no-such-java' })).toMatchInlineSnapshot(`
			[
			  {
			    "file": ".",
			    "message": "The W3C Nu HTML Checker needs a Java runtime, and "no-such-java" was not found. Install one (on Debian or Ubuntu: apt-get install default-jre-headless), or set JAVA to its java command.",
			  },
			]
		`);
	});
});
