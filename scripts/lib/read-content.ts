import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentProps } from './docs/component-props.ts';
import type { ImageFiles } from './checks/images.ts';
import type { ComponentCatalogue } from './checks/mdx.ts';
import { SOURCES_FILE } from './checks/sources.ts';
import { COLLECTIONS, type SourceFile } from './checks/types.ts';
import { settings } from '../../src/settings.ts';
import type { SiteSettingsFile } from './checks/site.ts';

// The loaders in src/content.config.ts read these files; names starting with _ are skipped there too.
const ENTRY_FILE = /^(?!_)[^/]*\.(?:mdx?|ya?ml)$/;

/**
 * Reads every entry file under a content folder, one sub-folder per collection.
 * Paths in messages are relative to `cwd`, e.g. `content/essays/impact-that-counts.mdx`.
 */
export function readContent(root: string, cwd = process.cwd()): SourceFile[] {
	const display = (absolute: string) => displayPath(absolute, cwd);
	const bibliography = path.join(root, SOURCES_FILE);
	const sources: SourceFile[] = existsSync(bibliography)
		? [
				{
					collection: 'sources',
					relativePath: path.basename(bibliography),
					path: display(bibliography),
					source: readFileSync(bibliography, 'utf8'),
				},
			]
		: [];
	return [
		...sources,
		...COLLECTIONS.flatMap((collection) => {
			const folder = path.join(root, collection);
			if (!existsSync(folder)) return [];
			return readdirSync(folder, { recursive: true, encoding: 'utf8' })
				.map((file) => file.split(path.sep).join('/'))
				.filter((file) => ENTRY_FILE.test(file.split('/').pop() ?? ''))
				.sort()
				.map((relativePath) => {
					const absolute = path.join(folder, relativePath);
					return {
						collection,
						relativePath,
						path: display(absolute),
						source: readFileSync(absolute, 'utf8'),
					};
				});
		}),
	];
}

/**
 * The components editors can use in MDX, with their props, read from each `.astro` file's `interface Props`
 * in src/components/mdx/ (the folder src/components/mdx/index.ts exports).
 */
export function readMdxComponents(
	folder = fileURLToPath(new URL('../../src/components/mdx/', import.meta.url)),
): ComponentCatalogue {
	return Object.fromEntries(
		readdirSync(folder)
			.filter((file) => file.endsWith('.astro'))
			.map((file) => [path.basename(file, '.astro'), componentProps(readFileSync(path.join(folder, file), 'utf8'))]),
	);
}

/**
 * The files images beside entries are looked for in, for the content check: the content folder and each folder's
 * file names (read once), with paths as messages print them (relative to `cwd`).
 */
export function readImageFiles(root: string, cwd = process.cwd()): ImageFiles {
	const listings = new Map<string, string[] | undefined>();
	return {
		contentFolder: displayPath(root, cwd),
		filesIn(folder) {
			if (!listings.has(folder)) {
				const absolute = path.resolve(cwd, folder);
				listings.set(
					folder,
					existsSync(absolute) && statSync(absolute).isDirectory() ? readdirSync(absolute) : undefined,
				);
			}
			return listings.get(folder);
		},
	};
}

/** The content folder a command works on: LAB_ESSAYS_CONTENT, or content/. */
export const contentRoot = (): string => path.resolve(settings.contentDir);

/** The site's settings file of a content folder, `<root>/site.yaml`, or undefined when there is none. */
export function readSiteSettings(root: string, cwd = process.cwd()): SiteSettingsFile | undefined {
	const file = path.join(root, SITE_SETTINGS_FILE);
	if (!existsSync(file)) return undefined;
	return { path: displayPath(file, cwd), source: readFileSync(file, 'utf8') };
}

/** Where the site's settings live in a content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** A path as printed in messages: relative to `cwd`, with forward slashes, e.g. `content/site.yaml`. */
export const displayPath = (absolute: string, cwd = process.cwd()): string =>
	path.relative(cwd, absolute).split(path.sep).join('/');
