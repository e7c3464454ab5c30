import type { APIRoute } from 'astro';
import { essays, projects, updates, type Essay, type Project, type Update } from '../data/entries';
import { mirrorPath } from '../data/mirrors';
import { llmsTxt } from '../lib/mirror/llms-txt';
import { absoluteUrl } from '../lib/urls';
import { SITE } from '../site.config';

/** /llms.txt: every published essay, project and update, linked to its Markdown mirror with its summary. */
export const GET: APIRoute = async ({ site }) => {
	const [allEssays, allProjects, allUpdates] = await Promise.all([essays(), projects(), updates()]);
	const links = (entries: readonly (Essay | Project | Update)[]) =>
		entries.map((entry) => ({
			title: entry.data.title,
			url: absoluteUrl(mirrorPath(entry), site!, import.meta.env.BASE_URL),
			summary: entry.data.summary,
		}));
	const text = llmsTxt(SITE, [
		{ heading: 'Essays', links: links(allEssays) },
		{ heading: 'Projects', links: links(allProjects) },
		{ heading: 'Updates', links: links(allUpdates) },
	]);
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
