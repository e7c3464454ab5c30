import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under a folder, relative with `/` separators, sorted: `['404.html', '_astro/a.css', …]`. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** How many files the build's own steps read at once: a site of 10,000 essays has 25,000 pages, more than a process may hold open. */
export const FILES_READ_AT_ONCE = 64;
