import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import * as pagefind from 'pagefind';
import { searchInputDigest, type IndexedPage } from '../lib/search/index-digest.ts';
import { parseFragment } from '../lib/search/pagefind-fragment.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/vocabulary.ts';
import { withWordBoundaries } from '../lib/search/word-boundaries.ts';
import { importGraphDigest } from './import-graph-digest.ts';
import { FILES_READ_AT_ONCE, listFiles } from './list-files.ts';
import { saveOutput, savedDigest } from './saved-output.ts';

/** This module, whose import graph is the code that decides the index besides the pages (with the lockfile). */
const INDEX_CODE = 'src/integrations/pagefind.ts';

/** The folder in the cache holding the last build's index and vocabulary, with the digest of what they index. */
const SAVED_INDEX = 'search-index';

/** Thrown when the search index cannot be built; the build stops with this message. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

/**
 * Files Pagefind writes for its ready-made interfaces and highlighter. Our search has its own (src/browser/search/)
 * and loads none of these, so they are removed rather than shipped: about 430 KB no reader would ever fetch.
 */
export const UNUSED_PAGEFIND_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** The built HTML files of a site, relative to its folder with `/` separators, sorted, leaving out Pagefind's own. */
async function htmlFiles(outDir: string): Promise<string[]> {
	return (await listFiles(outDir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
}

/**
 * Every indexed page with a digest of its bytes in place of its content, read a few at a time and not kept: what
 * `searchInputDigest` needs to tell whether any page changed.
 */
async function pageDigests(outDir: string, files: readonly string[]): Promise<IndexedPage[]> {
	const limit = pLimit(FILES_READ_AT_ONCE);
	return Promise.all(
		files.map((file) =>
			limit(async () => ({
				path: file,
				content: createHash('sha256')
					.update(await readFile(path.join(outDir, file)))
					.digest('hex'),
			})),
		),
	);
}

/** Adds each page with word boundaries between its blocks (src/lib/search/word-boundaries.ts), in path order. */
async function addPages(index: pagefind.PagefindIndex, outDir: string, files: readonly string[]): Promise<void> {
	// A few files at a time: Pagefind parses in its own process while the next ones are read. Each batch is read
	// first and handed over in path order, so the index comes out the same whatever order the reads finish in.
	for (let start = 0; start < files.length; start += 16) {
		const batch = files.slice(start, start + 16);
		const contents = await Promise.all(batch.map((file) => readFile(path.join(outDir, file), 'utf8')));
		await Promise.all(
			batch.map(async (sourcePath, i) => {
				const content = withWordBoundaries(contents[i]!);
				const { errors } = await index.addHTMLFile({ sourcePath, content });
				if (errors.length) throw new SearchIndexError(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
			}),
		);
	}
}

/** Builds the index and the vocabulary into `<outDir>/pagefind/`; returns the number of pages indexed. */
async function buildIndex(outDir: string, files: readonly string[]): Promise<number> {
	try {
		const { errors: createErrors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new SearchIndexError(`Pagefind could not start: ${createErrors.join('; ')}`);
		await addPages(index, outDir, files);
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
		if (written.errors.length)
			throw new SearchIndexError(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	// Astro empties the output folder first, so every fragment is this build's: one per page.
	const pageCount = (await readdir(`${outDir}/pagefind/fragment`)).length;
	if (pageCount === 0) {
		throw new SearchIndexError(`Pagefind found no pages to index in ${outDir}. Is the site empty?`);
	}
	await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(`${outDir}/pagefind/${file}`, { force: true })));
	return pageCount;
}

/**
 * Writes the vocabulary "Did you mean …" suggests from, the words of every page's indexed text, into a built site
 * whose index is written; returns its size in bytes. `npm run bench:search` calls it for its own corpus too.
 */
export async function writeVocabulary(outDir: string): Promise<number> {
	const folder = path.join(outDir, 'pagefind', 'fragment');
	const names = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
	const limit = pLimit(FILES_READ_AT_ONCE);
	const texts = await Promise.all(
		names.map((name) => limit(async () => parseFragment(await readFile(path.join(folder, name)), name).content)),
	);
	const vocabulary = buildVocabulary(texts);
	await writeFile(path.join(outDir, VOCABULARY_FILE), vocabulary);
	return Buffer.byteLength(vocabulary);
}

/**
 * Builds the Pagefind search index into `<dist>/pagefind/` as the last step of `astro build`,
 * using Pagefind's Node API so the build and the index are one command, then the vocabulary for suggestions.
 * The index and vocabulary are kept in the cache folder with a digest of the pages and the indexing code
 * (`searchInputDigest`); a rebuild whose indexed pages are all unchanged copies them instead of indexing again.
 */
export function pagefindIndex(): AstroIntegration {
	let root = process.cwd();
	let cacheDir = '';
	return {
		name: 'lab-essays:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const saved = path.join(cacheDir, SAVED_INDEX);
				try {
					const files = await htmlFiles(outDir);
					const pages = await pageDigests(outDir, files);
					const code = await importGraphDigest([INDEX_CODE], { files: ['package-lock.json'], root });
					const digest = searchInputDigest(pages, code.digest);
					if ((await savedDigest(saved)) === digest) {
						await cp(path.join(saved, 'pagefind'), path.join(outDir, 'pagefind'), { recursive: true });
						logger.info(`Search index unchanged: ${pages.length} pages, kept from the last build.`);
						return;
					}
					const pageCount = await buildIndex(outDir, files);
					const vocabularyBytes = await writeVocabulary(outDir);
					await saveOutput(saved, digest, (folder) =>
						cp(path.join(outDir, 'pagefind'), path.join(folder, 'pagefind'), { recursive: true }),
					);
					logger.info(`Search index built: ${pageCount} pages; vocabulary ${(vocabularyBytes / 1024).toFixed(1)} KB.`);
				} catch (error) {
					if (error instanceof SearchIndexError) throw error;
					throw new SearchIndexError(`Building the search index failed: ${(error as Error).message}`);
				}
			},
		},
	};
}
