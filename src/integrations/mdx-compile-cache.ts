import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';

/** What `createMdxRenderer` gives, and what it compiles a file to (not exported by name by Astro). */
type MdxRenderer = Awaited<ReturnType<NonNullable<MarkdownProcessor['createMdxRenderer']>>>;
type MdxRenderResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** Where compiled MDX is kept, and what besides an entry's own text decides how it compiles. */
export interface MdxCompileCacheOptions {
	/** The cache folder, e.g. `node_modules/.astro/mdx-compile`. */
	dir: string;
	/**
	 * A digest of the code that shapes the compiled output: the plugins' whole import graph and the lockfile (see
	 * `importGraphDigest`). Asked once, when the first renderer is made; when it changes, the whole cache is set aside.
	 */
	codeDigest: () => Promise<string>;
	/** Anything else the plugins are configured with, e.g. the base path root-relative links get. */
	key?: string;
}

/** How long a cache folder of other settings is kept after its last write. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const sha256 = (...parts: string[]) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
};

/** The cache key of one compile: its settings, the file's path, its MDX text and its frontmatter. */
export function compileKey(settings: string, filePath: string, content: string, frontmatter: unknown): string {
	return sha256(settings, filePath, content, JSON.stringify(frontmatter));
}

/**
 * One cache file per source file, named by its path, so a new version replaces the old one instead of adding to the
 * folder. Its first line says which source and which compile it holds; the compiled result follows.
 */
interface EntryHeader {
	filePath: string;
	key: string;
}

/** The first line of a cache file, read without reading the (large) compiled code after it. */
async function readHeader(file: string): Promise<EntryHeader | undefined> {
	const handle = await open(file).catch(() => undefined);
	if (!handle) return undefined;
	try {
		const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
		const line = buffer.subarray(0, bytesRead).toString('utf8').split('\n', 1)[0] ?? '';
		return JSON.parse(line) as EntryHeader;
	} catch {
		return undefined;
	} finally {
		await handle.close();
	}
}

/**
 * Removes the cache files of sources that no longer exist, and leftovers of writes that never finished. Entries of
 * changed sources need no pruning: their file is replaced when they are compiled again.
 */
export async function pruneEntries(folder: string): Promise<void> {
	for (const name of await readdir(folder).catch(() => [])) {
		const file = path.join(folder, name);
		if (name.endsWith('.tmp')) {
			const info = await stat(file).catch(() => undefined);
			// Only old ones: a concurrent build may be writing this one now.
			if (info && Date.now() - info.mtimeMs > 60 * 60 * 1000) await rm(file, { force: true });
			continue;
		}
		const header = await readHeader(file);
		if (!header || !existsSync(header.filePath.split('?')[0]!)) await rm(file, { force: true });
	}
}

/**
 * Wraps a Markdown processor so compiled MDX is kept on disk between builds, keyed by each file's content: a
 * rebuild compiles only the entries that changed. Vite keeps nothing between builds, so without this every
 * `astro build` recompiles every essay through remark and rehype, which is most of a rebuild's time.
 * Everything else (the processor's name and options, `.md` rendering) passes through untouched.
 */
export function mdxCompileCache<T extends object>(
	processor: MarkdownProcessor<T>,
	{ dir, codeDigest, key = '' }: MdxCompileCacheOptions,
): MarkdownProcessor<T> {
	const { createMdxRenderer } = processor;
	if (!createMdxRenderer) return processor;
	// Astro's MDX plugin creates its renderer on first use, and every file it is asked to compile before that
	// renderer exists asks for one too: bundling 500 essays started 474 renderers at once, each holding its own copy
	// of the lockfile while it was digested (170 MB of heap; gigabytes at 10,000 essays). Calls for the same settings
	// while one is being made now share it.
	const pending = new Map<string, ReturnType<NonNullable<MarkdownProcessor<T>['createMdxRenderer']>>>();
	let code: Promise<string> | undefined;
	const pruned = new Set<string>();
	const create: NonNullable<MarkdownProcessor<T>['createMdxRenderer']> = async (shared, mdx) => {
		const inner = await createMdxRenderer.call(processor, shared, mdx);
		code ??= codeDigest();
		const settings = sha256(JSON.stringify({ shared, mdx }), key, await code);
		// One folder per settings digest. Folders of other settings are dropped once they have gone unused for a
		// day — not sooner, because a concurrent build (a sub-path test build, say) may be filling one right now.
		const folder = path.join(dir, settings.slice(0, 16));
		await mkdir(folder, { recursive: true });
		for (const name of await readdir(dir)) {
			const other = path.join(dir, name);
			const info = await stat(other).catch(() => undefined);
			if (name !== path.basename(folder) && info && Date.now() - info.mtimeMs > STALE_AFTER_MS) {
				await rm(other, { recursive: true, force: true });
			}
		}
		// Once per build, and not awaited: it only ever removes what this build will not read.
		if (!pruned.has(folder)) {
			pruned.add(folder);
			void pruneEntries(folder);
		}
		return cachedRenderer(inner, folder, settings);
	};
	return {
		name: processor.name,
		// The same object, not a copy: integrations read and extend `processor.options`.
		options: processor.options,
		createRenderer: (shared) => processor.createRenderer(shared),
		createMdxRenderer(shared, mdx) {
			const id = JSON.stringify({ shared, mdx });
			let renderer = pending.get(id);
			if (!renderer) {
				renderer = create(shared, mdx).finally(() => pending.delete(id));
				pending.set(id, renderer);
			}
			return renderer;
		},
	};
}

/** The compile a cache file holds if it is the one for `key`; undefined otherwise or when unreadable. */
function parseEntry(text: string, key: string): MdxRenderResult | undefined {
	const newline = text.indexOf('\n');
	try {
		const header = JSON.parse(text.slice(0, newline)) as EntryHeader;
		return header.key === key ? (JSON.parse(text.slice(newline + 1)) as MdxRenderResult) : undefined;
	} catch {
		return undefined;
	}
}

/** A renderer that answers from `folder` when it can and saves what it compiles there. */
function cachedRenderer(inner: MdxRenderer, folder: string, settings: string): MdxRenderer {
	return {
		async process(content, filePath, frontmatter) {
			const key = compileKey(settings, filePath, content, frontmatter);
			const file = path.join(folder, `${sha256(filePath).slice(0, 32)}.json`);
			const cached = await readFile(file, 'utf8').then(
				(text) => parseEntry(text, key),
				() => undefined,
			);
			if (cached) return cached;
			const result = await inner.process(content, filePath, frontmatter);
			// Write then rename, so a build stopped midway never leaves half a file to be read next time. Saving is
			// best effort: a full disk or a folder removed under us costs a recompile next time, never this build.
			const temporary = `${file}.${process.pid}.tmp`;
			const header: EntryHeader = { filePath, key };
			await writeFile(temporary, `${JSON.stringify(header)}\n${JSON.stringify(result)}`)
				.then(() => rename(temporary, file))
				.catch(() => rm(temporary, { force: true }));
			return result;
		},
	};
}
