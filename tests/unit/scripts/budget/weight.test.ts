import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compressedSizes, pageWeight } from '../../../../scripts/budget/weight';

describe('compressedSizes', () => {
	test('matches gzip at level 9, and brotli is smaller on text', () => {
		const text = new TextEncoder().encode('<p>peer support</p>'.repeat(200));
		const { gzip, brotli } = compressedSizes(text);
		expect(gzip).toBe(gzipSync(text, { level: 9 }).length);
		expect(brotli).toBeLessThan(gzip);
	});
});

describe('pageWeight', () => {
	test('adds the page, its stylesheets and the fonts they use, under a base path', async () => {
		const dist = await mkdtemp(path.join(tmpdir(), 'budget-'));
		await mkdir(path.join(dist, 'essays/x'), { recursive: true });
		await mkdir(path.join(dist, '_astro'));
		const html = '<link rel="stylesheet" href="/lab/_astro/site.css"><p>Essay</p>';
		const css = '@font-face{src:url(serif.woff2)}body{color:red}';
		await writeFile(path.join(dist, 'essays/x/index.html'), html);
		await writeFile(path.join(dist, '_astro/site.css'), css);
		await writeFile(path.join(dist, '_astro/serif.woff2'), 'FONTDATA');
		const report = await pageWeight(dist, 'essays/x/index.html', '/lab/');
		expect(report.files).toBe(3);
		expect(report.rawBytes).toBe(html.length + css.length + 'FONTDATA'.length);
		expect(report.gzipBytes).toBe(
			[html, css, 'FONTDATA'].reduce((n, s) => n + gzipSync(new TextEncoder().encode(s), { level: 9 }).length, 0),
		);
	});
});
