import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { importGraphDigest } from '../../../src/integrations/import-graph-digest';
import { repoRoot } from '../../support/paths';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'import-graph-'));
	await mkdir(path.join(root, 'lib/markdown'), { recursive: true });
	await writeFile(path.join(root, 'lib/markdown/pipeline.ts'), "import { a } from './a';\nexport default a;");
	await writeFile(
		path.join(root, 'lib/markdown/a.ts'),
		"import type { T } from '../types.ts';\nimport { b } from '../b.ts';\nimport { visit } from 'unist-util-visit';\nexport const a = (t: T) => [b, visit, t];",
	);
	await writeFile(path.join(root, 'lib/b.ts'), 'export const b = 1;');
	await writeFile(path.join(root, 'lib/types.ts'), 'export type T = string;');
	await writeFile(path.join(root, 'lib/unrelated.ts'), 'export const c = 1;');
	await writeFile(path.join(root, 'package-lock.json'), '{}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const digest = () => importGraphDigest(['lib/markdown/pipeline.ts'], { root, files: ['package-lock.json'] });

describe('importGraphDigest', () => {
	test('lists every local module reached, directly or not, and no package or type-only import', async () => {
		expect((await digest()).modules).toEqual(['lib/b.ts', 'lib/markdown/a.ts', 'lib/markdown/pipeline.ts']);
	});

	test('changes when a module imported indirectly changes, or the lockfile', async () => {
		const before = (await digest()).digest;
		await writeFile(path.join(root, 'lib/b.ts'), 'export const b = 2;');
		const afterModule = (await digest()).digest;
		expect(afterModule).not.toBe(before);
		await writeFile(path.join(root, 'package-lock.json'), '{"v":2}');
		expect((await digest()).digest).not.toBe(afterModule);
	});

	test('stays the same when a module outside the graph changes', async () => {
		const before = (await digest()).digest;
		await writeFile(path.join(root, 'lib/unrelated.ts'), 'export const c = 2;');
		expect((await digest()).digest).toBe(before);
	});

	test('follows the real Markdown pipeline out of src/lib/markdown/ to the URL helpers', async () => {
		const { modules } = await importGraphDigest(['src/lib/markdown/pipeline.ts'], { root: repoRoot });
		expect(modules).toContain('src/lib/urls.ts');
		expect(modules).toContain('src/lib/markdown/rehype-base-links.ts');
	});
});
