import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { settings } from '../settings';

/**
 * Where the content loader keeps each MDX entry's rendered HTML: one file per entry, named by the entry's digest,
 * under the cache folder. The data store holds only the file's name, so the store (which Astro bundles into the
 * build as one module and loads whole into memory) stays the size of the frontmatter and the source, as it is for
 * Astro's own MDX entries; a page reads its entry's HTML when it renders.
 */
export const storedHtmlFolder = (cacheDir: string = settings.cacheDir): string => path.resolve(cacheDir, 'entry-html');

/** The file name of an entry's HTML, relative to the folder: `essays/<digest>.html`. */
export const storedHtmlName = (collection: string, digest: string): string => `${collection}/${digest}.html`;

/** What the loader puts in `rendered.metadata` to say where the HTML is. */
export interface StoredHtmlMetadata {
	storedHtml?: string;
}

/** The stored HTML file's name of an entry, if its HTML is kept on disk (and not in a module, as for the reference). */
export const storedHtmlOf = (entry: { rendered?: { metadata?: unknown } }): string | undefined => {
	const name = (entry.rendered?.metadata as StoredHtmlMetadata | undefined)?.storedHtml;
	return typeof name === 'string' ? name : undefined;
};

/** Writes an entry's HTML whole or not at all (a file written next to it, then renamed), so no reader sees half. */
export async function writeStoredHtml(folder: string, name: string, html: string): Promise<void> {
	const file = path.join(folder, name);
	await mkdir(path.dirname(file), { recursive: true });
	const partial = `${file}.${process.pid}.partial`;
	await writeFile(partial, html);
	await rename(partial, file);
}

/** Reads an entry's stored HTML; a missing file is an error that says how to recover. */
export async function readStoredHtml(folder: string, name: string): Promise<string> {
	try {
		return await readFile(path.join(folder, name), 'utf8');
	} catch (error) {
		throw new Error(
			`The rendered HTML ${name} is missing from ${folder}. The content cache is incomplete: run the build again (it renders missing entries), or delete ${path.dirname(folder)} to start afresh.`,
			{ cause: error },
		);
	}
}

export const storedHtmlExists = (folder: string, name: string): boolean => existsSync(path.join(folder, name));

/** Removes a collection's stored HTML files that no entry names any more (old versions of edited entries). */
export async function pruneStoredHtml(folder: string, collection: string, keep: ReadonlySet<string>): Promise<void> {
	const dir = path.join(folder, collection);
	if (!existsSync(dir)) return;
	const stale = (await readdir(dir)).filter((file) => !keep.has(`${collection}/${file}`));
	await Promise.all(stale.map((file) => rm(path.join(dir, file), { force: true })));
}
