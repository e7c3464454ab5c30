import { formatMonth, formatMonthRange, joinNames } from '../lib/format';
import { entryMarkdown, markdownPath } from '../lib/mirror/entry-markdown';
import { htmlToMarkdown } from '../lib/mirror/html-to-markdown';
import { absoluteUrl, entryPath } from '../lib/urls';
import { authors, projects, type Essay, type Project, type Update } from './entries';
import { renderEntryHtml } from './render-content';

type Mirrored = Essay | Project | Update;

/** The site-relative page path of an entry, from the route table. */
const pagePath = (entry: Mirrored): string => entryPath(entry.collection, entry.id)!;

/** The Markdown mirror's path of an entry, e.g. `/essays/<id>/index.md`. */
export const mirrorPath = (entry: Mirrored): string => markdownPath(pagePath(entry));

async function details(entry: Mirrored): Promise<[string, string][]> {
	const authorMap = await authors();
	const nameOf = (id: string) => authorMap.get(id)?.data.name ?? id;
	if (entry.collection === 'projects') {
		const { data } = entry;
		return [
			['Challenge', data.challenge],
			['Status', data.status === 'current' ? 'Current project' : 'Completed'],
			['Dates', formatMonthRange(data.start, data.end)],
			...data.phases.map(
				(p) => [`Phase: ${p.name}`, `${formatMonthRange(p.start, p.end)}. ${p.summary}`] as [string, string],
			),
			...data.partners.map((p) => [`Partner: ${p.name}`, p.role] as [string, string]),
			...data.figures.map((f) => ['In figures', `${f.value} ${f.label}`] as [string, string]),
		];
	}
	const byline =
		entry.collection === 'essays' ? entry.data.authors.map((a) => nameOf(a.id)) : [nameOf(entry.data.author.id)];
	const project = entry.data.project && (await projects()).find((p) => p.id === entry.data.project?.id)?.data.title;
	return [
		['By', joinNames(byline)],
		['Published', formatMonth(entry.data.published)],
		...(project ? [['Project', project] as [string, string]] : []),
	];
}

/**
 * The Markdown mirror of a published entry: what its page says, without the page around it. `components` are the
 * MDX components its page renders it with, passed in by the route so this data layer never imports components.
 */
export async function entryMirror(
	entry: Mirrored,
	{ components, site, base }: { components: Record<string, unknown>; site: string | URL; base: string },
): Promise<Response> {
	const url = absoluteUrl(pagePath(entry), site, base);
	const keyPoints = entry.collection === 'essays' ? entry.data.keyPoints : [];
	const body = htmlToMarkdown(await renderEntryHtml(entry, components), url);
	const markdown = entryMarkdown({
		title: entry.data.title,
		subtitle: entry.collection === 'essays' ? entry.data.subtitle : undefined,
		summary: entry.data.summary,
		url,
		details: await details(entry),
		body: keyPoints.length ? `## Key points\n\n${keyPoints.map((p) => `- ${p}`).join('\n')}\n\n${body}` : body,
	});
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
