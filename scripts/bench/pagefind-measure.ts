import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindResult } from './results.ts';

/** Total size of a folder's files, in kB. */
export async function folderKb(folder: string): Promise<number> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	let bytes = 0;
	for (const entry of entries) {
		if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
	}
	return Math.round(bytes / 1024);
}

/**
 * Times Pagefind on a built site on its own, with the settings of src/integrations/pagefind.ts, writing to a
 * scratch folder; the size reported is that of the index the build itself wrote to `<dist>/pagefind/`.
 */
export async function measurePagefind(dist: string, scratch: string): Promise<PagefindResult> {
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: dist });
		if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
		await index.writeFiles({ outputPath: scratch });
		const indexMs = Math.round(performance.now() - started);
		return { indexMs, sizeKb: await folderKb(path.join(dist, 'pagefind')), pages: added.page_count };
	} finally {
		await pagefind.close();
		await rm(scratch, { recursive: true, force: true });
	}
}
