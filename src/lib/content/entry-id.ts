import { slug } from 'github-slugger';

/**
 * The id Astro's glob loader gives a file, relative to its collection folder:
 * `'Impact That Counts.mdx'` => `'impact-that-counts'`, `'essays/index.mdx'` => `'essays'`.
 * A `slug` in the frontmatter wins, as it does in Astro.
 */
export function entryId(relativePath: string, frontmatterSlug?: unknown): string {
	if (typeof frontmatterSlug === 'string' && frontmatterSlug) return frontmatterSlug;
	const withoutExtension = relativePath.replace(/\.[^./]+$/, '');
	return withoutExtension
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
}
