import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** A SHA-256 of the parts, each ended by a NUL so `['ab', 'c']` and `['a', 'bc']` differ. */
export function sha256(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}

/** A digest of the given files' paths and contents (folders recursively, in name order); missing paths count as empty. */
export async function digestFiles(root: string, inputs: readonly string[]): Promise<string> {
	const parts: string[] = [];
	const add = async (target: string) => {
		const info = await stat(path.join(root, target)).catch(() => undefined);
		if (info?.isDirectory()) {
			for (const name of (await readdir(path.join(root, target))).sort()) await add(path.join(target, name));
		} else {
			parts.push(target, info ? await readFile(path.join(root, target), 'utf8') : '');
		}
	};
	for (const input of inputs) await add(input);
	return sha256(...parts);
}
