import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { columnImage } from '../images/reading-column.ts';
import { MdxSourceError } from './expand-components.ts';

/** An image file beside an entry, as the content loader read it. */
export interface LocalImage {
	/** The address as Astro keys content images: relative to the entry's folder, `./chart.png` or `../shared/x.svg`. */
	address: string;
	/** Its size in pixels, upright (as Astro reports it, EXIF rotation applied). */
	width: number;
	height: number;
	/** `png`, `jpg`, `svg` … */
	format: string;
}

/**
 * What an entry's image address leads to: a readable image file beside it, a problem in words (a missing file, say),
 * or undefined for an address that is not a file in the content folder (another site's image, the site's own file
 * under public/, a `data:` image).
 */
export type DescribeImage = (src: string) => LocalImage | string | undefined;

/** The property Astro's own Markdown pipeline marks images with, for `render()` to replace with `getImage()`'s. */
const ASTRO_IMAGE = '__ASTRO_IMAGE_';

/** Top-level blocks an image may start in to count as near the top of the text, and be loaded at once. */
const NEAR_THE_TOP = 2;

/**
 * Marks each image of a rendered entry that is a file beside it (from Markdown `![alt](./x.png)`, `<Figure src>` or
 * `<img>`) the way Astro's own Markdown does (`rehype-images` in @astrojs/markdown-remark): its options as JSON in
 * `__ASTRO_IMAGE_`, and its address in the entry's `imagePaths`. Astro imports those files with Vite, and `render()`
 * swaps each mark for `getImage()`'s attributes: width and height, a WebP `src` and `srcset` sized to the reading
 * column (`columnImage`), `sizes`; SVG files keep their format and size. Images are loaded lazily, except one in the
 * first blocks of the text. Other addresses are left as written, also loaded lazily. A problem throws an
 * `MdxSourceError` at the image's line. Returns the images' addresses, each once, and the origins of other sites'
 * images (`https://images.example.org`), which the page's Content-Security-Policy must allow.
 */
export function markEntryImages(tree: Root, describe: DescribeImage): { addresses: string[]; origins: string[] } {
	const addresses = new Set<string>();
	const origins = new Set<string>();
	const occurrences = new Map<string, number>();
	const topLevel = tree.children.filter((child) => child.type === 'element');
	visitParents(tree, 'element', (node: Element, ancestors) => {
		if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
		const src = node.properties.src;
		const image = describe(src);
		const block = ancestors[1] ?? node;
		const loading = topLevel.indexOf(block as Element) < NEAR_THE_TOP && addresses.size === 0 ? 'eager' : 'lazy';
		if (image === undefined) {
			if (/^https?:\/\//i.test(src) && URL.canParse(src)) origins.add(new URL(src).origin);
			node.properties.loading ??= 'lazy';
			node.properties.decoding ??= 'async';
			return;
		}
		if (typeof image === 'string') {
			const place = [node, ...[...ancestors].reverse()].find((n) => n.position)?.position?.start;
			throw new MdxSourceError(image, place?.line, place?.column);
		}
		// Astro writes src, loading and decoding from the options; the element keeps its other attributes.
		const { alt, title, className, ...rest } = node.properties;
		for (const name of ['src', 'loading', 'decoding']) delete rest[name];
		const index = occurrences.get(image.address) ?? 0;
		occurrences.set(image.address, index + 1);
		addresses.add(image.address);
		const sized = image.format === 'svg' ? {} : { ...columnImage(image.width), layout: 'constrained' };
		node.properties = {
			...(className === undefined ? {} : { className }),
			...rest,
			[ASTRO_IMAGE]: JSON.stringify({
				src: image.address,
				alt,
				...(title === undefined ? {} : { title }),
				...sized,
				loading,
				decoding: 'async',
				index,
			}),
		};
	});
	return { addresses: [...addresses], origins: [...origins].sort() };
}
