import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Thrown when the search index cannot be built; the build stops with this message. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

/**
 * Files Pagefind writes for its ready-made interfaces and highlighter. Our search has its own (src/components/search/)
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

/**
 * Builds the Pagefind search index into `<dist>/pagefind/` as the last step of `astro build`,
 * using Pagefind's Node API so the build and the index are one command.
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
					const { errors, page_count } = await index.addDirectory({ path: outDir });
					if (errors.length) throw new SearchIndexError(`Pagefind could not index ${outDir}: ${errors.join('; ')}`);
					if (page_count === 0) {
						throw new SearchIndexError(`Pagefind found no pages to index in ${outDir}. Is the site empty?`);
					}
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length)
						throw new SearchIndexError(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(`${outDir}/pagefind/${file}`, { force: true })));
					logger.info(`Search index built: ${page_count} pages.`);
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
