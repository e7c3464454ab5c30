import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parseFragment } from '../lib/search/pagefind-fragment.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/vocabulary.ts';
import { withWordBoundaries } from '../lib/search/word-boundaries.ts';

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

/** The built HTML files of a site, relative to its folder, leaving out Pagefind's own. */
async function htmlFiles(outDir: string): Promise<string[]> {
	const files = await readdir(outDir, { recursive: true });
	return files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).sort();
}

/** Adds each page with word boundaries between its blocks (src/lib/search/word-boundaries.ts). */
async function addPages(index: pagefind.PagefindIndex, outDir: string): Promise<void> {
	const files = await htmlFiles(outDir);
	// A few files at a time: Pagefind parses in its own process while the next ones are read.
	for (let start = 0; start < files.length; start += 16) {
		await Promise.all(
			files.slice(start, start + 16).map(async (file) => {
				const content = withWordBoundaries(await readFile(path.join(outDir, file), 'utf8'));
				const { errors } = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
				if (errors.length) throw new SearchIndexError(`Pagefind could not index ${file}: ${errors.join('; ')}`);
			}),
		);
	}
}

/**
 * Writes the vocabulary "Did you mean …" suggests from, the words of every page's indexed text, into a built site
 * whose index is written; returns its size in bytes. `npm run bench:search` calls it for its own corpus too.
 */
export async function writeVocabulary(outDir: string): Promise<number> {
	const folder = path.join(outDir, 'pagefind', 'fragment');
	const names = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
	const texts = await Promise.all(
		names.map(async (name) => parseFragment(await readFile(path.join(folder, name)), name).content),
	);
	const vocabulary = buildVocabulary(texts);
	await writeFile(path.join(outDir, VOCABULARY_FILE), vocabulary);
	return Buffer.byteLength(vocabulary);
}

/**
 * Builds the Pagefind search index into `<dist>/pagefind/` as the last step of `astro build`,
 * using Pagefind's Node API so the build and the index are one command, then the vocabulary for suggestions.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'lab-essays:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				try {
					const { errors: createErrors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) throw new SearchIndexError(`Pagefind could not start: ${createErrors.join('; ')}`);
					await addPages(index, outDir);
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length)
						throw new SearchIndexError(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					// Astro empties the output folder first, so every fragment is this build's: one per page.
					const page_count = (await readdir(`${outDir}/pagefind/fragment`)).length;
					if (page_count === 0) {
						throw new SearchIndexError(`Pagefind found no pages to index in ${outDir}. Is the site empty?`);
					}
					await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(`${outDir}/pagefind/${file}`, { force: true })));
					const vocabularyBytes = await writeVocabulary(outDir);
					logger.info(`Search index built: ${page_count} pages; vocabulary ${(vocabularyBytes / 1024).toFixed(1)} KB.`);
				} catch (error) {
					if (error instanceof SearchIndexError) throw error;
					throw new SearchIndexError(`Building the search index failed: ${(error as Error).message}`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
