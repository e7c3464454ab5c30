import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { fileURLToPath } from 'node:url';
import { formatHeaders, headerRules } from '../lib/deploy/headers';
import { mergeInlineHashes, pageInlineHashes, type InlineHashes } from '../lib/deploy/inline-code';
import { importGraphDigest } from './import-graph-digest';
import { FILES_READ_AT_ONCE, listFiles } from './list-files';

/** The module that finds a page's inline code; its import graph and the lockfile key the cache below. */
const INLINE_CODE = 'src/lib/deploy/inline-code.ts';

/** Each built page's inline-code hashes from the last build, by a digest of the page's bytes, in the cache folder. */
const CACHE_FILE = 'inline-hashes.json';

interface InlineHashCache {
	code: string;
	pages: Record<string, InlineHashes>;
}

/** The last build's hashes when they were found by the same code; a missing or unreadable cache is empty. */
async function readCache(file: string, code: string): Promise<Record<string, InlineHashes>> {
	try {
		const cache = JSON.parse(await readFile(file, 'utf8')) as InlineHashCache;
		return cache.code === code && cache.pages && typeof cache.pages === 'object' ? cache.pages : {};
	} catch {
		return {};
	}
}

/** Written beside and renamed into place, so a build never reads half a cache. */
async function writeCache(file: string, cache: InlineHashCache): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const partial = `${file}.partial-${process.pid}`;
	await writeFile(partial, JSON.stringify(cache));
	await rename(partial, file);
}

/**
 * Writes `<dist>/_headers` after the build: security headers with a CSP that allows exactly the inline scripts and
 * styles the pages contain (by hash), and cache rules for hashed and unhashed files, all under the base. A page whose
 * bytes are the same as in the last build keeps its hashes from the cache folder instead of being parsed again.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	let cacheFile = '';
	return {
		name: 'lab-essays:headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
				cacheFile = path.join(fileURLToPath(config.cacheDir), CACHE_FILE);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = await listFiles(outDir);
				const code = (await importGraphDigest([INLINE_CODE], { files: ['package-lock.json'], root })).digest;
				const previous = await readCache(cacheFile, code);
				const pages: Record<string, InlineHashes> = {};
				const limit = pLimit(FILES_READ_AT_ONCE);
				const perPage = await Promise.all(
					files
						.filter((f) => f.endsWith('.html'))
						.map((f) =>
							limit(async () => {
								const bytes = await readFile(path.join(outDir, f));
								const digest = createHash('sha256').update(bytes).digest('hex');
								pages[digest] = previous[digest] ?? pageInlineHashes(bytes.toString('utf8'));
								return pages[digest];
							}),
						),
				);
				const rules = headerRules({ base, files, ...mergeInlineHashes(perPage) });
				await writeFile(path.join(outDir, '_headers'), formatHeaders(rules));
				await writeCache(cacheFile, { code, pages });
				logger.info(`_headers written: ${rules.length} rules.`);
			},
		},
	};
}
