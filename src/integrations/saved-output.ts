import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file inside a saved folder naming the digest it was saved under; written last, so its presence means whole. */
const DIGEST_FILE = 'digest.txt';

/**
 * Build output kept in the cache folder between builds (a search index, …), valid only for the digest of the inputs it
 * was made from. `savedDigest` is `undefined` when nothing complete was saved.
 */
export async function savedDigest(dir: string): Promise<string | undefined> {
	return readFile(path.join(dir, DIGEST_FILE), 'utf8').catch(() => undefined);
}

/**
 * Saves output under `dir` for `digest`: `fill` writes it into a fresh folder beside `dir`, the digest file is
 * written after it, and the folder then replaces `dir` by a rename, so an interrupted save never leaves a folder that
 * claims a digest it does not hold.
 */
export async function saveOutput(dir: string, digest: string, fill: (folder: string) => Promise<void>): Promise<void> {
	const partial = `${dir}.partial-${process.pid}`;
	await rm(partial, { recursive: true, force: true });
	await mkdir(partial, { recursive: true });
	try {
		await fill(partial);
		await writeFile(path.join(partial, DIGEST_FILE), digest);
		await rm(dir, { recursive: true, force: true });
		await rename(partial, dir);
	} finally {
		await rm(partial, { recursive: true, force: true });
	}
}
