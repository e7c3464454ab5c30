import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** What a digest covers: every local module reached from the entry points, and the extra files. */
export interface ImportGraphDigest {
	/** A hex SHA-256 of every file's path and content. */
	digest: string;
	/** The local modules the entry points import, directly or not, relative to `root`, sorted: `src/lib/urls.ts`. */
	modules: string[];
}

/**
 * A digest of everything code reached from `entryPoints` is made of, for caches of what that code produces (compiled
 * MDX, rendered HTML). esbuild resolves the imports as a bundler does (relative paths, `.ts` extensions, tsconfig
 * paths) and lists every local module of the graph; packages are left out of the walk and covered by `files`, which
 * should name the lockfile. Type-only imports do not count: they cannot change what the code does.
 * `importGraphDigest(['src/lib/markdown/pipeline.ts'], { files: ['package-lock.json'] })`.
 */
export async function importGraphDigest(
	entryPoints: readonly string[],
	{ files = [], root = process.cwd() }: { files?: readonly string[]; root?: string } = {},
): Promise<ImportGraphDigest> {
	const result = await build({
		entryPoints: [...entryPoints],
		absWorkingDir: root,
		bundle: true,
		write: false,
		metafile: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		// Astro's virtual modules are not files; code importing them is still walked.
		external: ['astro:*'],
		outdir: path.join(root, '.import-graph'),
		logLevel: 'silent',
	});
	const modules = Object.keys(result.metafile.inputs)
		.map((input) => path.relative(root, path.resolve(root, input)).split(path.sep).join('/'))
		.sort();
	const hash = createHash('sha256');
	for (const file of [...modules, ...files]) {
		// A missing extra file (no lockfile yet) counts as empty rather than failing the build.
		const content = await readFile(path.resolve(root, file)).catch(() => Buffer.alloc(0));
		hash.update(file).update('\0').update(content).update('\0');
	}
	return { digest: hash.digest('hex'), modules };
}
