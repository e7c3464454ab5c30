import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Thrown when the search index cannot be built; the build stops with this message. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

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
