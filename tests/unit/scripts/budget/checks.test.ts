import { describe, expect, test } from 'vitest';
import {
	kb,
	lighthouseProblems,
	scriptProblems,
	scriptReport,
	weightProblems,
} from '../../../../scripts/budget/checks';
import type { PageAssets } from '../../../../scripts/budget/page-assets';

const assets = (scripts: PageAssets['scripts']): PageAssets => ({ scripts, stylesheets: [], preloadedFonts: [] });
const theme = (bytes: number) => ({ kind: 'inline' as const, code: 'x'.repeat(bytes), pageScript: true });

describe('scriptReport and scriptProblems', () => {
	test('accepts a page whose only script is a theme script under 1 KB', () => {
		const report = scriptReport('index.html', assets([theme(994)]));
		expect(report).toMatchObject({ pageScriptBytes: 994, otherScripts: [] });
		expect(scriptProblems(report)).toEqual([]);
	});

	test('counts the theme script in bytes, not characters', () => {
		expect(scriptReport('a.html', assets([{ kind: 'inline', code: '→', pageScript: true }])).pageScriptBytes).toBe(3);
	});

	test('rejects a theme script of 1 KB or more, naming the file to trim', () => {
		expect(scriptProblems(scriptReport('index.html', assets([theme(1024)])))).toEqual([
			{
				file: 'index.html',
				message: 'the theme script is 1024 bytes; keep it under 1024 (src/browser/page-enhancements.js).',
			},
		]);
	});

	test('rejects any other script, inline or loaded', () => {
		const report = scriptReport(
			'essays/x/index.html',
			assets([
				theme(10),
				{ kind: 'external', src: '/_astro/a.js', pageScript: false },
				{ kind: 'inline', code: 'go()', pageScript: false },
			]),
		);
		expect(scriptProblems(report)[0]?.message).toBe(
			'loads JavaScript on load besides the theme script: /_astro/a.js, inline script (4 characters). Load it only when the reader asks for it.',
		);
	});

	test('reports but allows the scripts of the search page', () => {
		const report = scriptReport(
			'search/index.html',
			assets([theme(10), { kind: 'external', src: '/s.js', pageScript: false }]),
		);
		expect(report.exemptBecause).toBe('the search page is search, opened');
		expect(scriptProblems(report)).toEqual([]);
	});
});

describe('weightProblems', () => {
	const report = { page: 'essays/x/index.html', files: 2, rawBytes: 200_000 };
	test('allows up to 60 KB gzip-compressed', () => {
		expect(weightProblems({ ...report, gzipBytes: 61_440, brotliBytes: 50_000 })).toEqual([]);
	});
	test('rejects more, saying by how much', () => {
		expect(weightProblems({ ...report, gzipBytes: 61_441, brotliBytes: 50_000 })[0]?.message).toBe(
			'HTML, CSS and fonts weigh 60.0 KB gzip-compressed; the budget is 60.0 KB.',
		);
	});
});

describe('lighthouseProblems', () => {
	test('passes four hundreds', () => {
		const scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
		expect(lighthouseProblems({ page: '/', scores, failingAudits: [] })).toEqual([]);
	});
	test('names each category under 100 and the audits that cost points', () => {
		const scores = { performance: 97, accessibility: 100, 'best-practices': 100, seo: 92 };
		expect(lighthouseProblems({ page: '/', scores, failingAudits: ['canonical (0)'] })[0]?.message).toBe(
			'Lighthouse performance 97, seo 92 (needs 100); audits losing points: canonical (0).',
		);
	});
});

describe('kb', () => {
	test('shows one decimal', () => expect(kb(1536)).toBe('1.5 KB'));
});
