import { localImageProblem } from '../../../src/lib/images/image-address.ts';
import type { Problem } from '../problem.ts';
import type { LinkSource } from './links.ts';
import { at } from './types.ts';

/** Where image files are looked for: the content folder and a folder's file names, both as messages print paths. */
export interface ImageFiles {
	/** The content folder, e.g. `content`. */
	contentFolder: string;
	/** The file names in a folder (`content/essays`), or undefined when there is no such folder. */
	filesIn(folder: string): readonly string[] | undefined;
}

/**
 * Every image an entry shows from the content folder must be there, under exactly that name, and be an image the site
 * can show; no address may lead out of the content folder. The message names the files that are there, closest first,
 * in the words the content loader uses when it meets the same image (src/lib/images/image-address.ts).
 */
export function imageFileProblems(
	sources: readonly Pick<LinkSource, 'entry' | 'outline'>[],
	{ contentFolder, filesIn }: ImageFiles,
): Problem[] {
	return sources.flatMap(({ entry, outline }) =>
		outline.images.flatMap((image) => {
			const message =
				image.src === undefined
					? undefined
					: localImageProblem(image.src, { entryFile: entry.file, contentFolder, filesIn });
			return message ? [{ ...at(entry), line: entry.bodyLine + image.line - 1, message }] : [];
		}),
	);
}
