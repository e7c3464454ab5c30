import { createHash } from 'node:crypto';

/**
 * A short digest of plain data (frontmatter, page props), for Astro's incremental builds: a page whose
 * `cacheKey` is unchanged since the last build, with the same code and the same own content, is reused rather than
 * rendered. `cacheKey({ title: 'Impact that counts' }) => '5c1f…'` (16 hex characters); dates count by their time.
 */
export function cacheKey(value: unknown): string {
	return createHash('sha256')
		.update(JSON.stringify(value) ?? '')
		.digest('hex')
		.slice(0, 16);
}
