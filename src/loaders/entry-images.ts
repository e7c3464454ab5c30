import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { imageAddress, localImageProblem } from '../lib/images/image-address';
import type { DescribeImage, LocalImage } from '../lib/mdx/entry-images';

/** An image file an entry shows, as it was when the entry was rendered: enough to tell next time whether it changed. */
export interface ImageFileStamp {
	/** Relative to the project root, with forward slashes: `content/essays/x/chart.png`. */
	file: string;
	/** SHA-256 of its bytes. */
	digest: string;
	size: number;
	mtimeMs: number;
}

/** What the content loader adds to `rendered.metadata` for an entry that shows image files beside it. */
export interface EntryImagesMetadata {
	/** Their addresses (`./chart.png`), which Astro imports with Vite and `render()` turns into optimised images. */
	imagePaths?: string[];
	imageFiles?: ImageFileStamp[];
	/** The origins of other sites' images it shows, which its page's Content-Security-Policy allows. */
	imageOrigins?: string[];
}

const posix = (file: string) => file.split(path.sep).join('/');
const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The digests of the image files an entry shows, in order: part of what its page and its stored HTML are keyed by. */
export const imageDigestsOf = (entry: { rendered?: { metadata?: unknown } }): string[] =>
	((entry.rendered?.metadata as EntryImagesMetadata | undefined)?.imageFiles ?? []).map((stamp) => stamp.digest);

/**
 * Whether any image file an entry showed has changed or gone since it was rendered: its size or time first, and
 * its bytes when those differ (a checkout sets new times on unchanged files).
 */
export function imageFilesChanged(stamps: readonly ImageFileStamp[], root: string): boolean {
	return stamps.some((stamp) => {
		const file = path.join(root, stamp.file);
		if (!existsSync(file)) return true;
		const { size, mtimeMs } = statSync(file);
		if (size === stamp.size && mtimeMs === stamp.mtimeMs) return false;
		return size !== stamp.size || digestOf(readFileSync(file)) !== stamp.digest;
	});
}

/**
 * Reads the image files entries show, each file and folder once per load: `describe(entryFile)` is the renderer's
 * `DescribeImage` for an entry (src/lib/mdx/entry-images.ts), with the same words for a missing file as the content
 * check; `stamps(entryFile, addresses)` are the files it showed, for its metadata. `root` is the project root and
 * `contentRoot` the content folder.
 */
export function entryImageReader(root: string, contentRoot: string) {
	const contentFolder = posix(path.relative(root, path.resolve(root, contentRoot)));
	const listings = new Map<string, string[] | undefined>();
	const read = new Map<string, { image: Omit<LocalImage, 'address'>; stamp: ImageFileStamp } | string>();
	const filesIn = (folder: string) => {
		if (!listings.has(folder)) {
			const absolute = path.join(root, folder);
			listings.set(folder, existsSync(absolute) ? readdirSync(absolute) : undefined);
		}
		return listings.get(folder);
	};
	const readImage = (file: string, src: string) => {
		if (!read.has(file)) {
			const absolute = path.join(root, file);
			const bytes = readFileSync(absolute);
			try {
				const { width, height, type, orientation } = imageSize(bytes);
				if (!width || !height || !type) throw new Error('no size');
				// As Astro reads it: a photo turned by its EXIF orientation (5–8) has its sides swapped.
				const turned = (orientation ?? 0) >= 5;
				const { mtimeMs, size } = statSync(absolute);
				read.set(file, {
					image: { width: turned ? height : width, height: turned ? width : height, format: type },
					stamp: { file, digest: digestOf(bytes), size, mtimeMs },
				});
			} catch {
				read.set(
					file,
					`The image "${src}" cannot be read as an image. Open it and save it again as a .png, .jpg or .webp file.`,
				);
			}
		}
		return read.get(file)!;
	};
	const relativeEntry = (filePath: string) => posix(path.relative(root, filePath));
	return {
		describe(filePath: string): DescribeImage {
			const entryFile = relativeEntry(filePath);
			return (src) => {
				const target = imageAddress(src, entryFile, contentFolder);
				if (target.kind !== 'local' && target.kind !== 'outside') return undefined;
				const problem = localImageProblem(src, { entryFile, contentFolder, filesIn });
				if (problem || target.kind !== 'local') return problem;
				const found = readImage(target.file, src);
				return typeof found === 'string' ? found : { address: target.address, ...found.image };
			};
		},
		stamps(filePath: string, addresses: readonly string[]): ImageFileStamp[] {
			const entryFile = relativeEntry(filePath);
			return addresses.flatMap((address) => {
				const target = imageAddress(address, entryFile, contentFolder);
				const found = target.kind === 'local' ? read.get(target.file) : undefined;
				return found && typeof found !== 'string' ? [found.stamp] : [];
			});
		},
	};
}
