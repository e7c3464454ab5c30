import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
	 * Files and folders whose content shapes the compiled output — the lockfile (plugin versions), the Astro config,
	 * our own plugins. When any of them changes, the whole cache is thrown away.
	 */
	inputs: string[];
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

/** A digest of the given files' contents (folders recursively, in name order); missing paths count as empty. */
export async function digestInputs(inputs: readonly string[]): Promise<string> {
	const parts: string[] = [];
	const add = async (target: string) => {
		const info = await stat(target).catch(() => undefined);
		if (info?.isDirectory()) {
			for (const name of (await readdir(target)).sort()) await add(path.join(target, name));
		} else {
			parts.push(target, info ? await readFile(target, 'utf8') : '');
		}
	};
	for (const input of inputs) await add(input);
	return sha256(...parts);
}

/**
 * Wraps a Markdown processor so compiled MDX is kept on disk between builds, keyed by each file's content: a
 * rebuild compiles only the entries that changed. Vite keeps nothing between builds, so without this every
 * `astro build` recompiles every essay through remark and rehype, which is most of a rebuild's time.
 * Everything else (the processor's name and options, `.md` rendering) passes through untouched.
 */
export function mdxCompileCache<T extends object>(
	processor: MarkdownProcessor<T>,
	{ dir, inputs, key = '' }: MdxCompileCacheOptions,
): MarkdownProcessor<T> {
	const { createMdxRenderer } = processor;
	if (!createMdxRenderer) return processor;
	// Astro's MDX plugin creates its renderer on first use, and every file it is asked to compile before that
	// renderer exists asks for one too: bundling 500 essays started 474 renderers at once, each holding its own copy
	// of the lockfile while it was digested (170 MB of heap; gigabytes at 10,000 essays). Calls for the same settings
	// while one is being made now share it.
	const pending = new Map<string, ReturnType<NonNullable<MarkdownProcessor<T>['createMdxRenderer']>>>();
	const create: NonNullable<MarkdownProcessor<T>['createMdxRenderer']> = async (shared, mdx) => {
		const inner = await createMdxRenderer.call(processor, shared, mdx);
		const settings = sha256(JSON.stringify({ shared, mdx }), key, await digestInputs(inputs));
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

/** A cached compile, or undefined when the file is unreadable (then it is compiled again). */
function parseResult(text: string): MdxRenderResult | undefined {
	try {
		return JSON.parse(text) as MdxRenderResult;
	} catch {
		return undefined;
	}
}

/** A renderer that answers from `folder` when it can and saves what it compiles there. */
function cachedRenderer(inner: MdxRenderer, folder: string, settings: string): MdxRenderer {
	return {
		async process(content, filePath, frontmatter) {
			const file = path.join(folder, `${compileKey(settings, filePath, content, frontmatter)}.json`);
			const cached = await readFile(file, 'utf8').then(parseResult, () => undefined);
			if (cached) return cached;
			const result = await inner.process(content, filePath, frontmatter);
			// Write then rename, so a build stopped midway never leaves half a file to be read next time. Saving is
			// best effort: a full disk or a folder removed under us costs a recompile next time, never this build.
			const temporary = `${file}.${process.pid}.tmp`;
			await writeFile(temporary, JSON.stringify(result))
				.then(() => rename(temporary, file))
				.catch(() => rm(temporary, { force: true }));
			return result;
		},
	};
}
