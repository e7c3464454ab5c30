import { getCollection, type CollectionEntry } from 'astro:content';
import { visibility } from '../build-context';
import { byNewest } from '../lib/content/ordering';
import { isVisible } from '../lib/content/visibility';

// The one place pages read collections: everything here is already filtered for drafts and scheduling.

export type Essay = CollectionEntry<'essays'>;
export type Project = CollectionEntry<'projects'>;
export type Update = CollectionEntry<'updates'>;
export type Page = CollectionEntry<'pages'>;
export type Author = CollectionEntry<'authors'>;

export async function essays(): Promise<Essay[]> {
	const all = await getCollection('essays', ({ data }) => isVisible(data, visibility));
	return all.sort((a, b) => a.data.published.getTime() - b.data.published.getTime() || a.data.number - b.data.number);
}

export async function projects(): Promise<Project[]> {
	const all = await getCollection('projects', ({ data }) => isVisible(data, visibility));
	return all.sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
}

export async function updates(): Promise<Update[]> {
	const all = await getCollection('updates', ({ data }) => isVisible(data, visibility));
	return all.sort(byNewest);
}

export async function pages(): Promise<Page[]> {
	return getCollection('pages', ({ data }) => isVisible(data, visibility));
}

export async function authors(): Promise<Map<string, Author>> {
	const all = await getCollection('authors');
	return new Map(all.map((author) => [author.id, author]));
}
