import { getCollection, type CollectionEntry } from 'astro:content';
import { settings, visibility } from '../settings';
import { cacheKey } from '../lib/content/cache-key';
import { byNewest } from '../lib/content/ordering';
import { isVisible } from '../lib/content/visibility';
import { memoise } from '../lib/memoise';
import { imageDigestsOf } from '../loaders/entry-images';

// The one place pages read collections: everything here is already filtered for drafts and scheduling.
// Each collection is read once per build and shared (frozen, so no page can reorder it for the others): every
// essay page asks for all essays, and re-reading (getCollection copies every entry) and re-sorting them per page
// made rendering quadratic — minutes at 10,000 essays. The dev server re-reads on every request, so edits show.
const perBuild = { enabled: !settings.preview };
/** Freezes a shared list in place: sorting or changing it throws, so copy it first (`[...list].sort()`). */
const shared = <T>(list: T[]): T[] => {
	Object.freeze(list);
	return list;
};

export type Essay = CollectionEntry<'essays'>;
export type Project = CollectionEntry<'projects'>;
export type Update = CollectionEntry<'updates'>;
export type Page = CollectionEntry<'pages'>;
export type Author = CollectionEntry<'authors'>;
export type Source = CollectionEntry<'sources'>;

export const essays: () => Promise<Essay[]> = memoise(async () => {
	const all = await getCollection('essays', ({ data }) => isVisible(data, visibility));
	return shared(
		all.sort((a, b) => a.data.published.getTime() - b.data.published.getTime() || a.data.number - b.data.number),
	);
}, perBuild);

export const projects: () => Promise<Project[]> = memoise(async () => {
	const all = await getCollection('projects', ({ data }) => isVisible(data, visibility));
	return shared(all.sort((a, b) => a.data.start.getTime() - b.data.start.getTime()));
}, perBuild);

export const updates: () => Promise<Update[]> = memoise(async () => {
	const all = await getCollection('updates', ({ data }) => isVisible(data, visibility));
	return shared(all.sort(byNewest));
}, perBuild);

export const pages: () => Promise<Page[]> = memoise(
	async () => shared(await getCollection('pages', ({ data }) => isVisible(data, visibility))),
	perBuild,
);

export const authors: () => Promise<ReadonlyMap<string, Author>> = memoise(async () => {
	const all = await getCollection('authors');
	return new Map(all.map((author) => [author.id, author]));
}, perBuild);

/** The bibliography, content/sources/sources.yaml. */
export const sources: () => Promise<Source[]> = memoise(async () => shared(await getCollection('sources')), perBuild);

/**
 * The part of every entry page's incremental-build key (`cacheKey` in getStaticPaths, with
 * `experimental.incrementalBuild`) that all entries share: a digest of the ids and frontmatter of everything a build
 * publishes, and of the site's settings. A change to any frontmatter (a title, a date, a new essay), to
 * content/site.yaml or to the clock's view of what is published re-renders every entry page. A page that shows
 * another entry's body text, not just its frontmatter, must not use it.
 */
const entryPageKey: () => Promise<string> = memoise(async () => {
	const published = await Promise.all([essays(), projects(), updates(), pages()]);
	const others = await Promise.all([
		getCollection('authors'),
		getCollection('datasets'),
		getCollection('sources'),
		getCollection('site'),
	]);
	return cacheKey([...published, ...others].map((list) => list.map((entry) => [entry.id, entry.data])));
}, perBuild);

/**
 * The incremental-build key of a page made from every published entry's frontmatter but none of their text (llms.txt,
 * a page of updates, an old address's page): `entryPageKey()` itself.
 */
export const listingPageKey: () => Promise<string> = entryPageKey;

/**
 * The incremental-build key of a page that shows published entries' text (a feed with each entry's full content):
 * `entryPageKey()` and every published entry's digest, so any edit anywhere re-renders it.
 */
export const fullTextPageKey: () => Promise<string> = memoise(async () => {
	const published = (await Promise.all([essays(), projects(), updates(), pages()])).flat();
	return cacheKey([
		await entryPageKey(),
		published.map((entry) => [entry.collection, entry.id, entry.digest ?? null, ...imageDigestsOf(entry)]),
	]);
}, perBuild);

/**
 * The incremental-build key of one entry's page: `entryPageKey()`, the entry's own digest, which covers its text
 * and the pipeline that rendered it (src/loaders/rendered-mdx.ts), and the digests of the image files it shows. Its
 * HTML is stored by the content layer rather than bundled as a module, so Astro cannot see a change to it: editing an
 * essay's text, or replacing one of its images, re-renders that essay only.
 */
export async function entryPageKeyOf(entry: {
	digest?: string | number;
	rendered?: { metadata?: unknown };
}): Promise<string> {
	return cacheKey([await entryPageKey(), entry.digest ?? null, ...imageDigestsOf(entry)]);
}
