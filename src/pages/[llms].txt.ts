import type { APIRoute, GetStaticPaths } from 'astro';
import { essays, listingPageKey, projects, updates, type Essay, type Project, type Update } from '../data/entries';
import { mirrorPath } from '../data/mirrors';
import { llmsTxt } from '../lib/mirror/llms-txt';
import { absoluteUrl } from '../lib/urls';
import { siteSettings } from '../data/site';
import { settings } from '../settings';

// A route with a parameter only so that it can have an incremental-build key (Astro skips only pages from
// getStaticPaths).
export const getStaticPaths = (async () => [
	{ params: { llms: 'llms' }, cacheKey: await listingPageKey() },
]) satisfies GetStaticPaths;

/** /llms.txt: every published essay, project and update, linked to its Markdown mirror with its summary. */
export const GET: APIRoute = async () => {
	const [allEssays, allProjects, allUpdates, site] = await Promise.all([
		essays(),
		projects(),
		updates(),
		siteSettings(),
	]);
	const links = (entries: readonly (Essay | Project | Update)[]) =>
		entries.map((entry) => ({
			title: entry.data.title,
			url: absoluteUrl(mirrorPath(entry), settings.site, settings.base),
			summary: entry.data.summary,
		}));
	const text = llmsTxt(site, [
		{ heading: 'Essays', links: links(allEssays) },
		{ heading: 'Projects', links: links(allProjects) },
		{ heading: 'Updates', links: links(allUpdates) },
	]);
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
