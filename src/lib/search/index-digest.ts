import { createHash } from 'node:crypto';

/** One page the search index is built from: its path in the built site and its bytes. */
export interface IndexedPage {
	path: string;
	content: string | Uint8Array;
}

/**
 * A digest of everything a search index is made from: every indexed page's path and content, in path order, and a
 * digest of the indexing code (`codeDigest`). Two builds with the same digest write the same index, so a rebuild
 * can keep the previous one. `searchInputDigest([{ path: 'a/index.html', content: '<p>A</p>' }], 'c0de') => '9f2…'`.
 */
export function searchInputDigest(pages: Iterable<IndexedPage>, codeDigest: string): string {
	const hash = createHash('sha256').update(`code ${codeDigest}\n`);
	for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		const length = typeof page.content === 'string' ? Buffer.byteLength(page.content) : page.content.byteLength;
		hash.update(`page ${page.path} ${length}\n`).update(page.content);
	}
	return hash.digest('hex');
}
