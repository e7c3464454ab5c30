import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importGraphDigest } from '../../../src/integrations/import-graph-digest';
import { RENDER_ENTRY, renderCodeDigest } from '../../../src/loaders/rendered-mdx';
import { repoRoot } from '../../support/paths';

// The loader keeps each entry's HTML under a digest of the code that renders it (issue #14): changing any module the
// Markdown pipeline or the components import, directly or not, or the lockfile, must render every entry again.
describe('the rendered-MDX loader’s code digest', () => {
	let copy: string;
	beforeAll(async () => {
		copy = await mkdtemp(path.join(tmpdir(), 'rendered-mdx-'));
		await cp(path.join(repoRoot, 'src'), path.join(copy, 'src'), { recursive: true });
		for (const file of ['package-lock.json', 'tsconfig.json'])
			await cp(path.join(repoRoot, file), path.join(copy, file));
	});
	afterAll(() => rm(copy, { recursive: true, force: true }));

	test('covers the pipeline, every component and what they draw with, however deep the import', async () => {
		const { modules } = await importGraphDigest([RENDER_ENTRY], { root: repoRoot });
		expect(modules).toEqual(
			expect.arrayContaining([
				'src/loaders/rendered-mdx.ts',
				'src/lib/markdown/pipeline.ts',
				'src/lib/markdown/footnote-refs.ts',
				'src/lib/markdown/heading-anchors.ts',
				'src/lib/mdx/render-mdx.ts',
				'src/lib/mdx/components/areas-figure.ts',
				'src/lib/mdx/components/bar-chart.ts',
				'src/lib/charts/figure.ts',
				'src/lib/charts/rank.ts',
				'src/lib/urls.ts',
			]),
		);
	});

	test.each([
		['a Markdown plugin', 'src/lib/markdown/heading-anchors.ts'],
		['a chart module only the components reach', 'src/lib/charts/figure.ts'],
		['a URL helper the pipeline reaches through a plugin', 'src/lib/urls.ts'],
		['the lockfile', 'package-lock.json'],
	])('changes when %s changes', async (_what, file) => {
		const before = await renderCodeDigest(copy);
		await appendFile(path.join(copy, file), '\n');
		expect(await renderCodeDigest(copy)).not.toBe(before);
	});

	test('stays the same when code outside the graph changes', async () => {
		const before = await renderCodeDigest(copy);
		await writeFile(path.join(copy, 'src/pages/unrelated.ts'), 'export const x = 1;');
		await appendFile(path.join(copy, 'src/browser/search/dialog.ts'), '\n');
		expect(await renderCodeDigest(copy)).toBe(before);
	});
});
