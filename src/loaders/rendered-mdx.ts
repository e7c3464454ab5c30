import { AstroError } from 'astro/errors';
import type { ContentEntryType } from 'astro';
import type { Root as MdastRoot } from 'mdast';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { bodyFacts } from '../lib/content/body-facts';
import { entryId } from '../lib/content/entry-id';
import { markdownPipelineFor } from '../lib/markdown/pipeline';
import type { ComponentContext } from '../lib/mdx/components';
import { MdxSourceError } from '../lib/mdx/expand-components';
import { entryParts } from '../lib/mdx/entry-body';
import { outlineTree } from '../lib/mdx/outline';
import { blankFrontmatter, createMdxRenderer, type RenderedMdx } from '../lib/mdx/render-mdx';
import { DatasetSchema, SourceSchema } from '../lib/schemas';
import { importGraphDigest } from '../integrations/import-graph-digest';
import { entryImageReader, imageFilesChanged, type EntryImagesMetadata } from './entry-images';
import { mdxEntryError, outlineHandoff, outlineKey, type OutlineHandoff } from './outline-handoff';
import { sha256 } from './sha256';
import { pruneStoredHtml, storedHtmlExists, storedHtmlName, storedHtmlOf, writeStoredHtml } from './stored-html';

/** This module, whose import graph is all the code that decides an entry's HTML besides its own text. */
export const RENDER_ENTRY = 'src/loaders/rendered-mdx.ts';

/**
 * A digest of the code that renders entries: every local module this loader imports, directly or not (the Markdown
 * pipeline, the components, the charts they draw with, the schemas …), and the lockfile (the plugins' versions).
 * `root` is the project root.
 */
export async function renderCodeDigest(root: string): Promise<string> {
	return (await importGraphDigest([RENDER_ENTRY], { files: ['package-lock.json'], root })).digest;
}

interface RenderedMdxOptions {
	/** The collection's folder, e.g. `./content/essays`. */
	base: string;
	/** Which files are entries, as for Astro's glob loader. */
	pattern: string;
	/** The content folder, for the bibliography (sources/sources.yaml) and the datasets (datasets/*.yaml). */
	contentRoot: string;
	/** The site's base path (BASE_PATH), which root-relative links get. */
	siteBase: string;
	/** Where each entry's HTML is kept, one file per entry by digest (`storedHtmlFolder()`). */
	htmlFolder: string;
	/**
	 * Keep each entry's MDX source in the data store as `entry.body` (default: no; what pages need of it, the
	 * reading time and the cited sources, is stored as `rendered.metadata.bodyFacts`, see src/lib/content/body-facts.ts).
	 */
	retainBody?: boolean;
}

/** The bibliography and the datasets, read from the content folder, for `<Source>` and `<BarChart>`. */
function readComponentData(contentRoot: string, siteBase: string): { context: ComponentContext; text: string } {
	const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
	const sourcesText = read(`${contentRoot}/sources/sources.yaml`);
	// Malformed data is reported by its own collection; here it only means no sources or no such dataset.
	const sources = SourceSchema.array().safeParse(parseYaml(sourcesText) ?? []);
	const folder = `${contentRoot}/datasets`;
	const datasetFiles = existsSync(folder)
		? readdirSync(folder)
				.filter((name) => /^(?!_).*\.ya?ml$/.test(name))
				.sort()
		: [];
	const datasets = new Map();
	const texts = [sourcesText];
	for (const name of datasetFiles) {
		const text = read(`${folder}/${name}`);
		texts.push(name, text);
		const parsed = DatasetSchema.safeParse(parseYaml(text));
		if (parsed.success) datasets.set(entryId(name), parsed.data);
	}
	return {
		context: { sources: sources.success ? sources.data : [], datasets, base: siteBase },
		text: texts.join('\0'),
	};
}

/**
 * Hands the content check the outline of a file's body from the loader's own parse of the whole file (frontmatter
 * blanked, so lines are the file's): lines become the body's, as when the check parses the body alone.
 */
export function handOutline(outlines: OutlineHandoff['outlines'], source: string) {
	const parts = entryParts(source);
	if (typeof parts === 'string') return undefined;
	// Only when the loader blanks the same frontmatter as the check reads (an opening `--- ` with spaces it does not).
	const frontmatterLines = '\n'.repeat(parts.bodyLine - 1);
	if (!blankFrontmatter(source).startsWith(frontmatterLines)) return undefined;
	return (tree: MdastRoot) => outlines.set(outlineKey(parts.body), outlineTree(tree, parts.bodyLine - 1));
}

/** `file:line:column` relative to the project root, for error messages. */
const where = (root: string, filePath: string, error: MdxSourceError) =>
	[path.relative(root, filePath), error.line, error.column].filter((part) => part !== undefined).join(':');

/**
 * Astro's glob loader for MDX entries, with each entry rendered to HTML once, at load time, by the site's Markdown
 * pipeline and the editors' components as pure functions (src/lib/mdx/): Astro stores
 * `rendered: { html, metadata: { headings } }`, `render(entry)` gives `Content` and `headings` from it, and no
 * entry becomes a module in the bundle. The stored HTML is kept between builds under a digest of the file's text,
 * the code that renders it (its whole import graph, `renderCodeDigest`), the bibliography, the datasets and the base path, so a
 * rebuild renders only what changed. A mistake stops `astro build` with every file and line at once; `astro dev`
 * logs it and shows it in place of the entry, so the preview keeps running.
 */
/** What the glob loader hands an entry type's render function. */
interface RenderArguments {
	id: string;
	body?: string;
	filePath?: string;
	digest?: number | string;
}

export function renderedMdx({
	base,
	pattern,
	contentRoot,
	siteBase,
	htmlFolder,
	retainBody = false,
}: RenderedMdxOptions): Loader {
	const inner = glob({ base, pattern, retainBody });
	return {
		name: 'lab-essays:rendered-mdx',
		async load(publicContext) {
			// The glob loader is also handed the entry types by extension, which the public type leaves out.
			const context = publicContext as LoaderContext & { entryTypes: Map<string, ContentEntryType> };
			const root = fileURLToPath(context.config.root);
			const mdx = context.entryTypes.get('.mdx');
			if (!mdx)
				throw new AstroError('The MDX integration is missing: add mdx() to the integrations in astro.config.mjs.');
			const data = readComponentData(contentRoot, siteBase);
			const settings = sha256(await renderCodeDigest(root), data.text, siteBase);
			// In a build each image file and folder is read once; the preview reads them afresh for each edit.
			const buildImages = entryImageReader(root, contentRoot);
			const imagesFor = () => (context.watcher ? entryImageReader(root, contentRoot) : buildImages);
			let images = buildImages;
			const render = createMdxRenderer(markdownPipelineFor(siteBase), data.context, (file) => images.describe(file));
			const handoff = outlineHandoff();
			const failures: string[] = [];
			const failed: string[] = [];
			const entryType = {
				...mdx,
				getRenderFunction:
					async () =>
					async ({ id, body, filePath, digest }: RenderArguments) => {
						if (!filePath) throw new Error('An MDX entry has no file path.');
						const keep = async (
							html: string,
							{ headings = [], imagePaths = [], imageOrigins = [] }: Partial<Omit<RenderedMdx, 'html'>> = {},
						) => {
							const imageMetadata = entryImagesMetadata(imagePaths, images.stamps(filePath, imagePaths), imageOrigins);
							const stored = storedHtmlName(
								context.collection,
								storedHtmlDigest(String(digest ?? sha256(id)), imageMetadata),
							);
							await writeStoredHtml(htmlFolder, stored, html);
							return {
								html: '',
								metadata: { headings, storedHtml: stored, bodyFacts: bodyFacts(body ?? ''), ...imageMetadata },
							};
						};
						try {
							// A byte-order mark (some Windows editors write one) is not part of the text, as for the check.
							const source = (await readFile(filePath, 'utf8')).replace(/^\uFEFF/, '');
							const onParse = handoff.collecting ? handOutline(handoff.outlines, source) : undefined;
							images = imagesFor();
							const { html, ...facts } = render(source, filePath, onParse);
							return await keep(html, facts);
						} catch (error) {
							if (!(error instanceof MdxSourceError)) throw error;
							const message = `${where(root, filePath, error)}: ${error.reason}${error.hint ? ` ${error.hint}` : ''}`;
							failures.push(message);
							failed.push(id);
							if (!context.watcher) return { html: '' };
							context.logger.error(message);
							return await keep(`<p class="mdx-error" role="alert">${escapeHtml(message)}</p>`);
						}
					},
			};
			const globContext: typeof context = {
				...context,
				entryTypes: new Map([...context.entryTypes, ['.mdx', entryType]]),
				generateDigest: (value) =>
					context.generateDigest(`${settings}\0${typeof value === 'string' ? value : JSON.stringify(value)}`),
			};
			// An entry whose HTML file has gone (a cache folder cleared in part), or one of whose images has changed, is
			// rendered again.
			for (const entry of context.store.values()) {
				const stored = storedHtmlOf(entry);
				if (stored === undefined || !storedHtmlExists(htmlFolder, stored)) context.store.delete(entry.id);
				else if (imageFilesChanged(imageStampsOf(entry), root)) context.store.delete(entry.id);
			}
			await inner.load(globContext);
			const named = [...context.store.values()].map(storedHtmlOf).filter((name) => name !== undefined);
			await pruneStoredHtml(htmlFolder, context.collection, new Set(named));
			if (failures.length > 0 && !context.watcher) {
				// Not kept, so the next build renders them again rather than trusting an empty body.
				for (const id of failed) context.store.delete(id);
				// The content check, after the sync, reports its own words first (scripts/astro/content-checks.ts).
				if (handoff.collecting) handoff.failures.push(...failures);
				else throw mdxEntryError(failures);
			}
		},
	};
}

/** The metadata of an entry's images, with nothing for an entry without any (so its metadata stays as it was). */
const entryImagesMetadata = (
	imagePaths: string[],
	imageFiles: NonNullable<EntryImagesMetadata['imageFiles']>,
	imageOrigins: string[],
): EntryImagesMetadata => ({
	...(imagePaths.length ? { imagePaths, imageFiles } : {}),
	...(imageOrigins.length ? { imageOrigins } : {}),
});

/** What an entry's stored HTML is named by: the entry's digest, and the digests of the image files it shows. */
const storedHtmlDigest = (digest: string, { imageFiles = [] }: EntryImagesMetadata): string =>
	imageFiles.length ? sha256(digest, ...imageFiles.map((stamp) => stamp.digest)) : digest;

const imageStampsOf = (entry: { rendered?: { metadata?: unknown } }) =>
	(entry.rendered?.metadata as EntryImagesMetadata | undefined)?.imageFiles ?? [];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
