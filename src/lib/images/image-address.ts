import path from 'node:path';
import { editDistance } from '../edit-distance.ts';

/** The image files an entry can show from the content folder, by extension; Astro's image service reads them all. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

/**
 * What an image address in an entry refers to: a file in the content folder (`./chart.png`, `../shared/logo.svg`),
 * another site's image (`https://…`), one of the site's own files (`/images/chart.png`, from public/), an inline
 * `data:` image, or a path that leaves the content folder.
 */
export type ImageAddress =
	| { kind: 'remote' | 'site' | 'inline' }
	| { kind: 'outside' }
	| {
			kind: 'local';
			/** As Astro's content images are keyed: relative to the entry's folder, starting `./` or `../`. */
			address: string;
			/** The file, as `entryFile` is written (e.g. `content/essays/x/chart.png`). */
			file: string;
	  };

/**
 * Where an image address leads from an entry. `entryFile` and `contentFolder` are paths in one form (both relative to
 * the same folder, or both absolute): `imageAddress('chart.png', 'content/essays/x/index.mdx', 'content')` =>
 * `{ kind: 'local', address: './chart.png', file: 'content/essays/x/chart.png' }`.
 */
export function imageAddress(src: string, entryFile: string, contentFolder: string): ImageAddress {
	if (/^data:/i.test(src)) return { kind: 'inline' };
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return { kind: 'remote' };
	if (src.startsWith('/')) return { kind: 'site' };
	const folder = path.posix.dirname(entryFile);
	const file = path.posix.join(folder, decoded(src).replace(/[?#].*$/, ''));
	const inContent = path.posix.relative(contentFolder, file);
	if (inContent.startsWith('../') || inContent === '..' || path.posix.isAbsolute(inContent)) return { kind: 'outside' };
	const relative = path.posix.relative(folder, file);
	return { kind: 'local', address: relative.startsWith('../') ? relative : `./${relative}`, file };
}

/** `my%20photo.png` => `my photo.png`, as Astro reads Markdown image addresses; a malformed escape stays as written. */
function decoded(src: string): string {
	try {
		return decodeURI(src);
	} catch {
		return src;
	}
}

const extensionOf = (file: string) => path.posix.extname(file).slice(1).toLowerCase();

/** Whether a file name is an image the site can show: `isImageFile('Chart.PNG')` => true. */
export const isImageFile = (name: string): boolean =>
	(IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(name));

/** How many images a message lists before saying how many more there are. */
const LISTED = 8;

/**
 * Why an entry cannot show the image at `src`, in words for its editor, or undefined when it can (or when the address
 * is not a file in the content folder). `filesIn(folder)` lists a folder's file names, or gives undefined when there is
 * no such folder. Used by the content check and the content loader alike, so both say the same:
 * `The image "./chart.pgn" is not in content/essays/. Did you mean ./chart.png? Images there: ./chart.png.`
 */
export function localImageProblem(
	src: string,
	{
		entryFile,
		contentFolder,
		filesIn,
	}: { entryFile: string; contentFolder: string; filesIn: (folder: string) => readonly string[] | undefined },
): string | undefined {
	const target = imageAddress(src, entryFile, contentFolder);
	if (target.kind === 'outside') {
		return `The image "${src}" is outside the content folder, so it cannot be published. Put the file beside the entry and write ./${path.posix.basename(decoded(src))}.`;
	}
	if (target.kind !== 'local') return undefined;
	if (!isImageFile(target.file)) {
		return `"${src}" is not an image the site can show. Use a ${IMAGE_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} file.`;
	}
	const folder = path.posix.dirname(target.file);
	const names = filesIn(folder);
	if (names?.includes(path.posix.basename(target.file))) return undefined;
	const wanted = path.posix.basename(target.file).toLowerCase();
	const prefix = path.posix.dirname(target.address) === '.' ? './' : `${path.posix.dirname(target.address)}/`;
	const images = (names ?? [])
		.filter(isImageFile)
		.map((name) => ({ name: `${prefix}${name}`, edits: editDistance(name.toLowerCase(), wanted) }))
		.sort((a, b) => a.edits - b.edits || a.name.localeCompare(b.name));
	const close = images.filter(({ edits }) => edits <= Math.max(2, Math.floor(wanted.length / 4)));
	const where = `${folder}/`;
	if (!names) return `The image "${src}" cannot be found: there is no folder ${where}. Put the file beside the entry.`;
	const guess = close.length ? ` Did you mean ${close[0]!.name}?` : '';
	const capitals = images.some(({ name }) => name.toLowerCase().endsWith(`/${wanted}`))
		? ' Names must match exactly, capitals included: the published site is case-sensitive.'
		: '';
	const listed = images.slice(0, LISTED).map(({ name }) => name);
	const more = images.length > LISTED ? `, and ${images.length - LISTED} more` : '';
	const there = images.length ? ` Images there: ${listed.join(', ')}${more}.` : ` There are no images in ${where}.`;
	return `The image "${src}" is not in ${where}.${guess}${capitals}${there}`;
}
