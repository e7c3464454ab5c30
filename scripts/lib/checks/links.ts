import { followLink } from '../follow-link.ts';
import type { Problem } from '../problem.ts';
import { entryPath, paths } from '../../../src/lib/urls.ts';
import type { BodyOutline } from '../../../src/lib/mdx/outline.ts';
import { at, type CollectionName, type ParsedEntry } from './types.ts';

/** An entry with its outline and whether a production build at `now` publishes it. */
export interface LinkSource {
	entry: ParsedEntry;
	outline: BodyOutline;
	published: boolean;
	/** Extra ids its layout adds around the body, e.g. `key-points` on an essay with key points. */
	layoutIds?: string[];
}

// Ids every page has, from BaseLayout.
const PAGE_IDS = ['main'];

/** A page of the site: the ids on it (undefined when its file could not be read), and the entry it shows. */
interface SitePage {
	ids?: Set<string>;
	source?: LinkSource;
}

/**
 * Every page of the site with the ids on it, computed from the content (no build needed).
 * `unread` entries could not be parsed: their pages exist, but their headings are unknown.
 */
export function siteMap(
	sources: readonly LinkSource[],
	unread: readonly { collection: CollectionName; id: string }[] = [],
): Map<string, SitePage> {
	const pages = new Map<string, SitePage>();
	for (const { collection, id } of unread) {
		const route = entryPath(collection, id);
		if (route) pages.set(route, {});
	}
	for (const path of [paths.home(), paths.essays(), paths.projects(), paths.updates(), paths.search()]) {
		pages.set(path, { ids: new Set(PAGE_IDS) });
	}
	for (const source of sources) {
		const route = entryPath(source.entry.collection, source.entry.id);
		if (!route) continue;
		pages.set(route, { ids: new Set([...PAGE_IDS, ...(source.layoutIds ?? []), ...source.outline.ids]), source });
		// The essays index has a section per project with an essay.
		if (source.entry.collection === 'essays' && typeof source.entry.data.project === 'string') {
			pages.get(paths.essays())!.ids!.add(`series-${source.entry.data.project}`);
		}
	}
	return pages;
}

/** A page address as the site serves it: `/essays/x` => `/essays/x/`; files keep their name (`/og/x.png`). */
const withSlash = (path: string) => (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`);

/**
 * Every internal link and #anchor in the MDX must lead to a page of the built site and to a heading on it;
 * a published page must not link to a draft or a scheduled one.
 */
export function linkProblems(
	sources: readonly LinkSource[],
	unread: readonly { collection: CollectionName; id: string }[] = [],
): Problem[] {
	const site = siteMap(sources, unread);
	const problems: Problem[] = [];
	for (const source of sources) {
		const from = entryPath(source.entry.collection, source.entry.id) ?? '/';
		for (const link of source.outline.links) {
			if (!link.url) continue;
			const report = (message: string) =>
				problems.push({ ...at(source.entry), line: source.entry.bodyLine + link.line - 1, message });
			const outcome = followLink(link.url, from, {
				pageAt: (path) => site.get(withSlash(path)),
				idsOn: (page) => page.ids,
			});
			if (outcome.kind === 'external') continue;
			if (outcome.kind === 'no-page') {
				report(
					`The link ${JSON.stringify(link.url)} leads to no page. Use a site address ending in /, e.g. /essays/impact-that-counts/, copied from the page you mean.`,
				);
				continue;
			}
			const { target } = outcome;
			if (target.source && !target.source.published && source.published) {
				report(
					`The link ${JSON.stringify(link.url)} leads to ${target.source.entry.file}, which is a draft or scheduled, so the link would be broken when this page is published.`,
				);
				continue;
			}
			if (outcome.kind === 'no-fragment') {
				const headings = [...outcome.ids].filter((id) => !PAGE_IDS.includes(id));
				const choices = headings.length ? ` Headings there: ${headings.map((id) => `#${id}`).join(', ')}.` : '';
				report(
					`The link ${JSON.stringify(link.url)} points to #${outcome.fragment}, which is not a heading on ${withSlash(outcome.path)}.${choices}`,
				);
			}
		}
	}
	return problems;
}

/** Images need alt text; an empty one only on a `<Figure decorative>` that carries no information. */
export function imageProblems(sources: readonly Pick<LinkSource, 'entry' | 'outline'>[]): Problem[] {
	return sources.flatMap(({ entry, outline }) =>
		outline.images
			.filter((image) => !image.decorative && !image.alt?.trim())
			.map((image) => ({
				...at(entry),
				line: entry.bodyLine + image.line - 1,
				message:
					image.kind === 'markdown'
						? 'The image has no alt text. Describe it between the brackets: ![What the image shows](…). If it carries no information, use <Figure src="…" alt="" decorative /> instead.'
						: `<${image.name}> has no alt text. Add alt="What the image shows", or alt="" with decorative when it carries no information.`,
			})),
	);
}
