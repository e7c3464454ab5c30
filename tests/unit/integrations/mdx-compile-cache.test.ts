import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { importGraphDigest } from '../../../src/integrations/import-graph-digest';
import { compileKey, mdxCompileCache, pruneEntries } from '../../../src/integrations/mdx-compile-cache';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'mdx-cache-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const metadata = {
	hydratedComponents: [],
	clientOnlyComponents: [],
	serverComponents: [],
	scripts: [],
	propagation: 'none',
	containsHead: false,
	pageOptions: {},
};

/** A processor whose MDX "compile" is counted, and returns the text upper-cased. */
function fakeProcessor() {
	const compile = vi.fn(async (content: string) => ({
		code: content.toUpperCase(),
		map: null,
		astroMetadata: metadata,
	}));
	const processor: MarkdownProcessor<{ gfm: boolean }> = {
		name: 'unified',
		options: { gfm: false },
		createRenderer: vi.fn(),
		createMdxRenderer: async () => ({ process: (content) => compile(content) }),
	};
	return { processor, compile };
}

const shared = { gfm: false };
const codeDigest = async () => 'code';
const mdx = { optimize: false };

describe('mdxCompileCache', () => {
	test('compiles a file once, and answers from disk in a later build (a new renderer)', async () => {
		const { processor, compile } = fakeProcessor();
		const options = { dir: path.join(root, 'cache'), codeDigest };
		const first = await mdxCompileCache(processor, options).createMdxRenderer?.(shared, mdx);
		expect(await first?.process('# hi', '/a.mdx', { title: 'A' })).toMatchObject({ code: '# HI' });
		const second = await mdxCompileCache(processor, options).createMdxRenderer?.(shared, mdx);
		expect(await second?.process('# hi', '/a.mdx', { title: 'A' })).toEqual({
			code: '# HI',
			map: null,
			astroMetadata: metadata,
		});
		expect(compile).toHaveBeenCalledTimes(1);
	});

	test('compiles again when the text, the frontmatter or the path changes', async () => {
		const { processor, compile } = fakeProcessor();
		const renderer = await mdxCompileCache(processor, { dir: root, codeDigest }).createMdxRenderer?.(shared, mdx);
		await renderer?.process('# hi', '/a.mdx', { title: 'A' });
		await renderer?.process('# hi!', '/a.mdx', { title: 'A' });
		await renderer?.process('# hi', '/a.mdx', { title: 'B' });
		await renderer?.process('# hi', '/b.mdx', { title: 'A' });
		expect(compile).toHaveBeenCalledTimes(4);
	});

	test('compiles again after a change to a module the pipeline imports only indirectly', async () => {
		const { processor, compile } = fakeProcessor();
		// pipeline.ts → plugin.ts → ../urls.ts, as src/lib/markdown/rehype-base-links.ts imports src/lib/urls.ts.
		await mkdir(path.join(root, 'markdown'));
		await writeFile(
			path.join(root, 'markdown/pipeline.ts'),
			"import { plugin } from './plugin.ts';\nexport default [plugin];",
		);
		await writeFile(
			path.join(root, 'markdown/plugin.ts'),
			"import { base } from '../urls';\nexport const plugin = () => base;",
		);
		await writeFile(path.join(root, 'urls.ts'), "export const base = '/';");
		await writeFile(path.join(root, 'unrelated.ts'), 'export const x = 1;');
		const options = {
			dir: path.join(root, 'cache'),
			codeDigest: async () => (await importGraphDigest(['markdown/pipeline.ts'], { root })).digest,
		};
		const build = async () =>
			(await mdxCompileCache(processor, options).createMdxRenderer?.(shared, mdx))?.process('x', '/a.mdx', {});
		await build();
		await writeFile(path.join(root, 'unrelated.ts'), 'export const x = 2;');
		await build();
		expect(compile).toHaveBeenCalledTimes(1);
		await writeFile(path.join(root, 'urls.ts'), "export const base = '/sub/';");
		await build();
		expect(compile).toHaveBeenCalledTimes(2);
	});

	test('keeps one cache file per source: a new version replaces the old one', async () => {
		const { processor, compile } = fakeProcessor();
		const dir = path.join(root, 'cache');
		const renderer = await mdxCompileCache(processor, { dir, codeDigest }).createMdxRenderer?.(shared, mdx);
		for (const text of ['one', 'two', 'three']) await renderer?.process(text, '/a.mdx', {});
		const [folder] = await readdir(dir);
		expect(await readdir(path.join(dir, folder!))).toHaveLength(1);
		expect(await renderer?.process('three', '/a.mdx', {})).toMatchObject({ code: 'THREE' });
		expect(compile).toHaveBeenCalledTimes(3);
	});

	test('drops the folders of other settings once they have gone unused for a day, and keeps recent ones', async () => {
		const { processor } = fakeProcessor();
		const dir = path.join(root, 'cache');
		await mkdir(path.join(dir, 'old'), { recursive: true });
		await mkdir(path.join(dir, 'recent'), { recursive: true });
		const dayAndAMinuteAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 60_000);
		await utimes(path.join(dir, 'old'), dayAndAMinuteAgo, dayAndAMinuteAgo);
		await mdxCompileCache(processor, { dir, codeDigest }).createMdxRenderer?.(shared, mdx);
		expect(await readdir(dir)).not.toContain('old');
		expect(await readdir(dir)).toContain('recent');
	});

	test('still returns the compiled file when it cannot be saved', async () => {
		const { processor, compile } = fakeProcessor();
		const dir = path.join(root, 'cache');
		const renderer = await mdxCompileCache(processor, { dir, codeDigest }).createMdxRenderer?.(shared, mdx);
		await rm(dir, { recursive: true });
		expect(await renderer?.process('x', '/a.mdx', {})).toMatchObject({ code: 'X' });
		expect(compile).toHaveBeenCalledTimes(1);
	});

	test('keeps separate caches for separate keys (e.g. base paths)', async () => {
		const { processor, compile } = fakeProcessor();
		const dir = path.join(root, 'cache');
		for (const key of ['/', '/sub/']) {
			const renderer = await mdxCompileCache(processor, { dir, codeDigest, key }).createMdxRenderer?.(shared, mdx);
			await renderer?.process('x', '/a.mdx', {});
		}
		expect(compile).toHaveBeenCalledTimes(2);
	});

	test('compiles again when a cached file is unreadable', async () => {
		const { processor, compile } = fakeProcessor();
		const dir = path.join(root, 'cache');
		const renderer = await mdxCompileCache(processor, { dir, codeDigest }).createMdxRenderer?.(shared, mdx);
		await renderer?.process('x', '/a.mdx', {});
		const [folder] = await readdir(dir);
		const [file] = await readdir(path.join(dir, folder ?? ''));
		await writeFile(path.join(dir, folder ?? '', file ?? ''), '{"code": "trunc');
		expect(await renderer?.process('x', '/a.mdx', {})).toMatchObject({ code: 'X' });
		expect(compile).toHaveBeenCalledTimes(2);
	});

	test('makes one renderer for calls that arrive while it is being made, and a new one after', async () => {
		const { processor } = fakeProcessor();
		const inner = vi.spyOn(processor, 'createMdxRenderer');
		const cached = mdxCompileCache(processor, { dir: path.join(root, 'cache'), codeDigest });
		const renderers = await Promise.all([1, 2, 3].map(() => cached.createMdxRenderer?.(shared, mdx)));
		expect(inner).toHaveBeenCalledTimes(1);
		expect(new Set(renderers).size).toBe(1);
		await cached.createMdxRenderer?.(shared, mdx);
		expect(inner).toHaveBeenCalledTimes(2);
	});

	test('keeps the processor’s name and its very options object, which integrations extend', () => {
		const { processor } = fakeProcessor();
		const cached = mdxCompileCache(processor, { dir: root, codeDigest });
		expect(cached.name).toBe('unified');
		expect(cached.options).toBe(processor.options);
	});
});

describe('compileKey', () => {
	test('differs for each thing that shapes the output', () => {
		const base = compileKey('s', '/a.mdx', 'text', { title: 'A' });
		expect(compileKey('s', '/a.mdx', 'text', { title: 'A' })).toBe(base);
		expect(
			new Set([
				base,
				compileKey('t', '/a.mdx', 'text', { title: 'A' }),
				compileKey('s', '/b.mdx', 'text', { title: 'A' }),
				compileKey('s', '/a.mdx', 'text2', { title: 'A' }),
				compileKey('s', '/a.mdx', 'text', { title: 'B' }),
			]).size,
		).toBe(5);
	});
});

describe('pruneEntries', () => {
	test('removes the cache files of sources that are gone, and keeps the others', async () => {
		const { processor } = fakeProcessor();
		const dir = path.join(root, 'cache');
		const kept = path.join(root, 'kept.mdx');
		const gone = path.join(root, 'gone.mdx');
		await writeFile(kept, 'x');
		await writeFile(gone, 'x');
		const renderer = await mdxCompileCache(processor, { dir, codeDigest }).createMdxRenderer?.(shared, mdx);
		await renderer?.process('x', kept, {});
		await renderer?.process('x', gone, {});
		const [folder] = await readdir(dir);
		await writeFile(path.join(dir, folder!, 'half-written.json'), '{"filePa');
		await rm(gone);
		await pruneEntries(path.join(dir, folder!));
		expect(await readdir(path.join(dir, folder!))).toHaveLength(1);
		expect(await renderer?.process('x', kept, {})).toMatchObject({ code: 'X' });
	});
});
