import { entryId } from '../../../src/lib/content/entry-id.ts';
import { isVisible } from '../../../src/lib/content/visibility.ts';
import type { Problem, ProblemReport } from '../problem.ts';
import { outlineBody, type BodyOutline } from '../../../src/lib/mdx/outline.ts';
import { dateOrderProblems } from './dates.ts';
import { parseEntry } from './frontmatter.ts';
import { imageFileProblems, type ImageFiles } from './images.ts';
import { imageProblems, linkProblems, type LinkSource } from './links.ts';
import { mdxProblems, type ComponentCatalogue } from './mdx.ts';
import { placeholderProblems } from './placeholders.ts';
import { componentReferenceProblems, readSources } from './sources.ts';
import { validateEntries } from './schema.ts';
import { seriesProblems, type SeriesItem } from './series.ts';
import { at, type CollectionName, type ParsedEntry, type SourceFile } from './types.ts';
import { uniquenessProblems } from './unique.ts';

export type { SourceFile } from './types.ts';
export type { ImageFiles } from './images.ts';

/** The content check's report, in `npm run check` and in the build and dev server before they read the content. */
export const CONTENT_CHECK_REPORT: ProblemReport = {
	summary: ({ problems, files }) => `Content check found ${problems} in ${files}.`,
	nextStep: 'Fix each one, then run `npm run check` again.',
	none: 'Content check: no problems found.',
};

/** The body outline of an MDX entry, or the problem that stopped it being read. */
function outline(
	entry: ParsedEntry,
	outlineOf: (body: string) => BodyOutline,
): { outline?: BodyOutline; problem?: Problem } {
	try {
		return { outline: outlineOf(entry.body) };
	} catch (error) {
		const { line, reason } = error as { line?: number; reason?: string };
		return {
			problem: {
				...at(entry),
				line: line ? entry.bodyLine + line - 1 : entry.bodyLine,
				message: `The MDX cannot be read: ${reason ?? String(error)} Check the tags and braces on this line: every <Component> needs a matching </Component> or must end with />, and a literal { or < must be escaped as \\{ or \\<.`,
			},
		};
	}
}

/** The content check in two stages: what needs only the frontmatter and YAML files, then what needs the bodies. */
export interface ContentCheckStages {
	/** YAML, schemas, unknown fields, references, numbering, duplicates, dates and placeholders, sorted. */
	problems: Problem[];
	/** Links and anchors, alt text, citations, components and footnotes, from each MDX body's outline, sorted. */
	bodyProblems(outlineOf: (body: string) => BodyOutline): Problem[];
}

const byFileAndLine = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/**
 * Every content check over every file, all at once: YAML, schemas (with the same messages as Astro), unknown
 * fields, references, essay numbering, duplicate slugs and titles, date order, links and anchors, alt text and
 * placeholders. `now` decides which entries a production build publishes. Problems come sorted by file and line.
 * `components` is the catalogue MDX tags are checked against (`readMdxComponents()`); without it they are not.
 * `outlineOf` reads an MDX body (`outlineBody`, the slow part: a full parse); a caller may pass a cached one.
 * `images` lists the files images beside entries are looked for in (`readImageFiles()`); without it they are not.
 */
export function checkContent(
	files: readonly SourceFile[],
	{
		now,
		components,
		images,
		outlineOf = outlineBody,
	}: { now: Date; components?: ComponentCatalogue; images?: ImageFiles; outlineOf?: (body: string) => BodyOutline },
): Problem[] {
	const stages = contentCheckStages(files, { now, components, images });
	return [...stages.problems, ...stages.bodyProblems(outlineOf)].sort(byFileAndLine);
}

/**
 * `checkContent` in its two stages, for a build that checks the frontmatter before Astro reads the content and the
 * bodies once its content loader has parsed them.
 */
export function contentCheckStages(
	files: readonly SourceFile[],
	{ now, components, images }: { now: Date; components?: ComponentCatalogue; images?: ImageFiles },
): ContentCheckStages {
	const problems: Problem[] = [];
	const entries: ParsedEntry[] = [];
	const bibliography = files.find((file) => file.collection === 'sources');
	const sourceList = bibliography ? readSources(bibliography) : undefined;
	problems.push(...(sourceList?.problems ?? []));
	for (const file of files) {
		if (file.collection === 'sources') continue;
		const parsed = parseEntry({ ...file, collection: file.collection });
		problems.push(...parsed.problems);
		if (parsed.entry) entries.push(parsed.entry);
	}
	// References are checked against every file, so one with broken YAML is not also reported as missing.
	const ids = (collection: string) =>
		files.filter((f) => f.collection === collection).map((f) => entryId(f.relativePath));
	const validated = validateEntries(entries, ids);
	// A placeholder in a field that already failed (say, an author that does not exist) is reported once.
	const reported = new Set(validated.problems.map((p) => `${p.file}|${p.field}`));
	const placeholders = placeholderProblems(entries).filter((p) => !p.field || !reported.has(`${p.file}|${p.field}`));
	problems.push(...validated.problems, ...placeholders, ...uniquenessProblems(entries));

	const valid = [...validated.data].map(([entry, data]) => ({ entry, data }));
	// Numbering is checked on what was written, so an essay with another mistake still holds its place; a number
	// below 1 is already reported and holds none.
	const series: SeriesItem[] = entries
		.filter((entry) => entry.collection === 'essays')
		.flatMap((entry) => {
			const { project, number } = entry.data;
			const known = typeof project === 'string' && ids('projects').includes(project.trim());
			return known && Number.isInteger(number) && (number as number) >= 1
				? [{ entry, project: project.trim(), number: number as number }]
				: [];
		});
	// A gap is only certain when every essay's place is known; otherwise the unreadable one may fill it.
	const everyEssayPlaced = series.length === files.filter((f) => f.collection === 'essays').length;
	problems.push(...seriesProblems(series, { checkGaps: everyEssayPlaced }), ...dateOrderProblems(valid));

	return {
		problems: problems.sort(byFileAndLine),
		bodyProblems: (outlineOf) =>
			bodyProblems(files, entries, validated.data, sourceList, { now, components, images, outlineOf }).sort(
				byFileAndLine,
			),
	};
}

/** The checks that need each MDX body's outline: images, links and anchors, citations, components and footnotes. */
function bodyProblems(
	files: readonly SourceFile[],
	entries: readonly ParsedEntry[],
	validated: ReadonlyMap<ParsedEntry, Record<string, unknown>>,
	sourceList: { ids: string[]; problems: Problem[] } | undefined,
	{
		now,
		components,
		images,
		outlineOf,
	}: {
		now: Date;
		components?: ComponentCatalogue;
		images?: ImageFiles;
		outlineOf: (body: string) => BodyOutline;
	},
): Problem[] {
	const problems: Problem[] = [];
	const sources: LinkSource[] = [];
	// Entries whose body cannot be read still have a page: links to them are not also reported.
	const unreadBodies: ParsedEntry[] = [];
	for (const entry of entries.filter((e) => /\.mdx?$/.test(e.file))) {
		const result = outline(entry, outlineOf);
		if (result.problem) problems.push(result.problem);
		if (!result.outline) {
			unreadBodies.push(entry);
			continue;
		}
		const data = validated.get(entry);
		sources.push({
			entry,
			outline: result.outline,
			published: data ? isVisible(data, { now, includeDrafts: false }) : true,
			layoutIds: Array.isArray(data?.keyPoints) && data.keyPoints.length ? ['key-points'] : [],
		});
	}
	const unread = [
		...files
			.filter((file) => file.collection !== 'sources' && !entries.some((entry) => entry.file === file.path))
			.map((file) => ({ collection: file.collection as CollectionName, id: entryId(file.relativePath) })),
		...unreadBodies.map((entry) => ({ collection: entry.collection, id: entry.id })),
	];
	problems.push(
		...imageProblems(sources),
		...(images ? imageFileProblems(sources, images) : []),
		...linkProblems(sources, unread),
		...componentReferenceProblems(sources, {
			// An unreadable bibliography is reported once; its citations are not all reported as missing too.
			sourceIds: sourceList && !sourceList.problems.length ? sourceList.ids : undefined,
			datasets: entries.filter((entry) => entry.collection === 'datasets'),
		}),
		...(components ? mdxProblems(sources, components) : []),
	);
	return problems;
}
