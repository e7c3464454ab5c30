import { paragraph, sentence, title } from './prose.ts';
import { seeded, type Random } from './random.ts';

/** One file of a synthetic site, with its path relative to the content folder: `essays/00001-….mdx`. */
export interface CorpusFile {
	path: string;
	contents: string;
}

/** How many essays each synthetic project holds; the schema caps a series at six. */
export const ESSAYS_PER_PROJECT = 5;
/** Synthetic authors, shared by every essay and update. */
export const AUTHOR_COUNT = 5;
/** Entries in the synthetic bibliography (sources/sources.yaml) that footnotes cite with `<Source>`. */
export const SOURCE_COUNT = 50;
/** One update for every this many essays, so the paginated updates routes scale too. */
export const ESSAYS_PER_UPDATE = 20;
/** The clock a benchmark build runs at (LAB_ESSAYS_NOW): after every synthetic date, so nothing is scheduled. */
export const BENCH_NOW = '2026-01-01';
/** The essay the warm rebuild edits. */
export const EDITED_ESSAY = 1;

const DAY = 24 * 60 * 60 * 1000;
const EPOCH = Date.UTC(2000, 0, 1);

/** A date `days` after 1 January 2000, as YYYY-MM-DD. */
const dateAfter = (days: number) => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(5, '0');
const slugify = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Frontmatter with every value written as JSON, which is also valid YAML. */
export function frontmatter(data: Record<string, unknown>): string {
	const lines = Object.entries(data)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---\n`;
}

/** The id of the project essay `index` (from 1) belongs to: `projectId(6) => 'project-00002'`. */
export const projectId = (essayIndex: number) => `project-${pad(Math.ceil(essayIndex / ESSAYS_PER_PROJECT))}`;
const authorId = (n: number) => `author-${n}`;
const sourceId = (n: number) => `source-${n}`;

/** Essay number `index` (from 1), about 1,000 words with h2/h3 sections, a GFM table, footnotes and components. */
export function essayFile(index: number, seed = 1): CorpusFile {
	// Each essay has its own stream, so essay 7 is the same file whatever the corpus size.
	const random = seeded(seed * 1_000_003 + index);
	const heading = title(random);
	const sections = [title(random), title(random), title(random), title(random)];
	const data = {
		title: `${heading} (${index})`,
		subtitle: sentence(random).slice(0, 160),
		summary: paragraph(random, 25).slice(0, 300),
		project: projectId(index),
		number: ((index - 1) % ESSAYS_PER_PROJECT) + 1,
		authors: [authorId((index % AUTHOR_COUNT) + 1)],
		published: dateAfter(Math.floor(index / 2)),
		tags: [slugify(sections[0] ?? 'essay').split('-')[0], 'benchmark'],
		keyPoints: [sentence(random), sentence(random), sentence(random)],
	};
	const body = [
		`${paragraph(random, 80)}[^1]`,
		paragraph(random, 60),
		`## ${sections[0]}`,
		paragraph(random, 80),
		`${paragraph(random, 60)}[^2]`,
		`### ${title(random)}`,
		paragraph(random, 60),
		table(random),
		`## ${sections[1]}`,
		paragraph(random, 80),
		`<Callout type="note" title="${title(random)}">`,
		paragraph(random, 35),
		'</Callout>',
		paragraph(random, 60),
		`### ${title(random)}`,
		[1, 2, 3, 4].map(() => `- ${sentence(random)}`).join('\n'),
		paragraph(random, 50),
		`## ${sections[2]}`,
		paragraph(random, 80),
		`<Stat value="${random.int(100, 9999).toLocaleString('en-GB')}" label="people took part in ${title(random).toLowerCase()}" />`,
		`> ${sentence(random)}`,
		`${paragraph(random, 60)}[^3]`,
		`## ${sections[3]}`,
		paragraph(random, 80),
		paragraph(random, 40),
		// Footnotes cite the bibliography, as the real essays do.
		[1, 2, 3].map((n) => `[^${n}]: <Source id="${sourceId(random.int(1, SOURCE_COUNT))}" />.`).join('\n'),
	];
	return {
		path: `essays/${pad(index)}-${slugify(heading)}.mdx`,
		contents: `${frontmatter(data)}\n${body.join('\n\n')}\n`,
	};
}

/** A GFM table of four phases with right-aligned figures. */
function table(random: Random): string {
	const rows = ['Discovery', 'Research', 'Prototyping', 'Testing'].map(
		(phase) => `| ${phase} | ${random.int(10, 900)} | ${random.int(1, 99)}% |`,
	);
	return ['| Phase | Participants | Share |', '| --- | ---: | ---: |', ...rows].join('\n');
}

/** Project `n` (from 1): the overview its essays' series belongs to. */
export function projectFile(n: number, seed = 1): CorpusFile {
	const random = seeded(seed * 2_000_003 + n);
	const start = (n - 1) * 30;
	const data = {
		title: `${title(random)} (${n})`,
		challenge: `How might ${title(random).toLowerCase()} work better?`,
		summary: paragraph(random, 25).slice(0, 300),
		status: 'completed',
		start: dateAfter(start),
		end: dateAfter(start + 365),
		partners: [{ name: `Partner ${n}`, role: 'Co-designed the research' }],
		phases: [
			{ name: 'Discovery', start: dateAfter(start), end: dateAfter(start + 120), summary: sentence(random) },
			{ name: 'Testing', start: dateAfter(start + 121), end: dateAfter(start + 365), summary: sentence(random) },
		],
		figures: [{ value: String(random.int(50, 3000)), label: 'people took part' }],
		tags: ['benchmark'],
	};
	const body = [`## About ${data.title}`, paragraph(random, 90), paragraph(random, 60)];
	return {
		path: `projects/${projectId(n * ESSAYS_PER_PROJECT)}.mdx`,
		contents: `${frontmatter(data)}\n${body.join('\n\n')}\n`,
	};
}

/** Update `n` (from 1): a short news post about one project. */
export function updateFile(n: number, projects: number, seed = 1): CorpusFile {
	const random = seeded(seed * 3_000_017 + n);
	const data = {
		title: `${title(random)} (${n})`,
		summary: paragraph(random, 20).slice(0, 300),
		published: dateAfter(n * 3),
		author: authorId((n % AUTHOR_COUNT) + 1),
		project: projectId((((n - 1) % projects) + 1) * ESSAYS_PER_PROJECT),
		tags: ['benchmark'],
	};
	const body = [paragraph(random, 120), paragraph(random, 80)];
	return { path: `updates/update-${pad(n)}.mdx`, contents: `${frontmatter(data)}\n${body.join('\n\n')}\n` };
}

/** The fixed files every site needs: its settings, authors, the bibliography and the about and get-involved pages. */
function siteFiles(seed: number): CorpusFile[] {
	const random = seeded(seed);
	const authors = Array.from({ length: AUTHOR_COUNT }, (_, i) => ({
		path: `authors/${authorId(i + 1)}.yaml`,
		contents: `name: ${JSON.stringify(`Author ${i + 1}`)}\nrole: "Lab researcher"\ntype: "person"\n`,
	}));
	const pages = ['about', 'get-involved'].map((slug) => ({
		path: `pages/${slug}.mdx`,
		contents: `${frontmatter({ title: title(random), summary: sentence(random) })}\n## ${title(random)}\n\n${paragraph(random, 150)}\n`,
	}));
	const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => {
		const fields = {
			id: sourceId(i + 1),
			title: title(random),
			publisher: `Publisher ${(i % 7) + 1}`,
			url: i % 3 === 0 ? undefined : `https://example.org/sources/${i + 1}`,
			date: `20${String(10 + (i % 9)).padStart(2, '0')}-0${(i % 9) + 1}`,
		};
		const lines = Object.entries(fields)
			.filter(([, value]) => value !== undefined)
			.map(([key, value], n) => `${n === 0 ? '- ' : '  '}${key}: ${JSON.stringify(value)}`);
		return lines.join('\n');
	});
	const settings = {
		path: 'site.yaml',
		contents: [
			'title: Benchmark Essays',
			'organisation: Benchmark Organisation',
			'description: A synthetic site for measuring builds.',
			'locale: en-GB',
			'',
		].join('\n'),
	};
	return [settings, ...authors, ...pages, { path: 'sources/sources.yaml', contents: `${sources.join('\n')}\n` }];
}

/** Every file of a synthetic site with `essays` essays; the same seed always gives the same files. */
export function corpusFiles({ essays, seed = 1 }: { essays: number; seed?: number }): CorpusFile[] {
	if (!Number.isInteger(essays) || essays < 1) throw new Error(`A corpus needs at least one essay, not ${essays}.`);
	const projects = Math.ceil(essays / ESSAYS_PER_PROJECT);
	const updates = Math.ceil(essays / ESSAYS_PER_UPDATE);
	return [
		...siteFiles(seed),
		...Array.from({ length: projects }, (_, i) => projectFile(i + 1, seed)),
		...Array.from({ length: updates }, (_, i) => updateFile(i + 1, projects, seed)),
		...Array.from({ length: essays }, (_, i) => essayFile(i + 1, seed)),
	];
}

/** The edit a warm rebuild makes: one more paragraph at the end of an essay, different for each `revision`. */
export function editEssay(contents: string, revision: number): string {
	return `${contents}\nEdited for benchmark revision ${revision}: ${paragraph(seeded(revision), 30)}\n`;
}
