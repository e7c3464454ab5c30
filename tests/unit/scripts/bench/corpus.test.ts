import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	corpusFiles,
	editEssay,
	essayFile,
	ESSAYS_PER_PROJECT,
	frontmatter,
	projectId,
} from '../../../../scripts/bench/corpus';
import { countWords } from '../../../../src/lib/reading-time';
import {
	AuthorSchema,
	EssayFrontmatterSchema,
	PageFrontmatterSchema,
	plainReference,
	ProjectFrontmatterSchema,
	SourceSchema,
	UpdateFrontmatterSchema,
} from '../../../../src/lib/schemas';

/** Reads a generated file's frontmatter as YAML, as Astro does. */
const parseFrontmatter = (contents: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(contents)?.[1] ?? '');

const files = corpusFiles({ essays: 12 });
const inFolder = (folder: string) => files.filter((file) => file.path.startsWith(`${folder}/`));

describe('corpusFiles', () => {
	test('is the same for the same seed and differs for another', () => {
		expect(corpusFiles({ essays: 12 })).toEqual(files);
		expect(corpusFiles({ essays: 12, seed: 2 })).not.toEqual(files);
	});

	test('makes the essays asked for, a project per five essays, updates, authors and the two required pages', () => {
		expect(inFolder('essays')).toHaveLength(12);
		expect(inFolder('projects').map((f) => f.path)).toEqual([
			'projects/project-00001.mdx',
			'projects/project-00002.mdx',
			'projects/project-00003.mdx',
		]);
		expect(inFolder('updates')).toHaveLength(1);
		expect(inFolder('authors')).toHaveLength(5);
		expect(inFolder('pages').map((f) => f.path)).toEqual(['pages/about.mdx', 'pages/get-involved.mdx']);
		expect(inFolder('sources').map((f) => f.path)).toEqual(['sources/sources.yaml']);
	});

	test('writes each essay the same whatever the corpus size', () => {
		expect(corpusFiles({ essays: 3 }).filter((f) => f.path.startsWith('essays/'))).toEqual(
			inFolder('essays').slice(0, 3),
		);
	});

	test('gives every file a unique path', () => {
		const big = corpusFiles({ essays: 200 });
		expect(new Set(big.map((f) => f.path)).size).toBe(big.length);
	});

	test('refuses an empty corpus', () => {
		expect(() => corpusFiles({ essays: 0 })).toThrowErrorMatchingInlineSnapshot(
			`[Error: A corpus needs at least one essay, not 0.]`,
		);
	});
});

describe('frontmatter of the generated files', () => {
	const ids = (folder: string) => new Set(inFolder(folder).map((f) => f.path.replace(/^.*\/|\.\w+$/g, '')));

	test('every essay is valid for the real schema and points at a generated project and author', () => {
		const schema = EssayFrontmatterSchema({ reference: plainReference });
		for (const file of inFolder('essays')) {
			const data = schema.parse(parseFrontmatter(file.contents));
			expect(ids('projects')).toContain(data.project.id);
			for (const author of data.authors) expect(ids('authors')).toContain(author.id);
			expect(data.published.getTime()).toBeLessThan(new Date('2026-01-01').getTime());
		}
	});

	test('series numbers run 1 to 5 within each project', () => {
		const numbers = inFolder('essays').map((f) => parseFrontmatter(f.contents));
		expect(numbers.filter((d) => d.project === 'project-00001').map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
		expect(ESSAYS_PER_PROJECT).toBeLessThanOrEqual(6);
	});

	test('projects, updates, pages and authors are valid for their schemas', () => {
		for (const file of inFolder('projects')) ProjectFrontmatterSchema.parse(parseFrontmatter(file.contents));
		const updates = UpdateFrontmatterSchema({ reference: plainReference });
		for (const file of inFolder('updates')) {
			expect(ids('projects')).toContain(updates.parse(parseFrontmatter(file.contents)).project?.id);
		}
		for (const file of inFolder('pages')) PageFrontmatterSchema.parse(parseFrontmatter(file.contents));
		for (const file of inFolder('authors')) AuthorSchema.parse(parse(file.contents));
	});

	test('the bibliography is a list of valid sources, and every footnote cites one of them', () => {
		const [bibliography] = inFolder('sources');
		const sources = SourceSchema.array().parse(parse(bibliography?.contents ?? ''));
		const known = new Set(sources.map((source) => source.id));
		const cited = inFolder('essays').flatMap((f) =>
			[...f.contents.matchAll(/<Source id="([^"]+)" \/>/g)].map((m) => m[1]),
		);
		expect(cited.length).toBe(36);
		for (const id of cited) expect(known).toContain(id);
	});
});

describe('essayFile', () => {
	const essay = essayFile(7).contents;

	test('has straight apostrophes and, mostly, quotations for smart punctuation to curl', () => {
		const essays = inFolder('essays').map((f) => f.contents.split('\n---\n')[1] ?? '');
		for (const body of essays) expect(body).toMatch(/\w'/);
		expect(essays.filter((body) => / "[^"]+"/.test(body)).length).toBeGreaterThan(essays.length / 2);
	});

	test('is about 1,000 words of prose', () => {
		expect(countWords(essay)).toBeGreaterThan(900);
		expect(countWords(essay)).toBeLessThan(1300);
	});

	test('has h2 and h3 sections, a GFM table, footnotes and MDX components', () => {
		expect(essay.match(/^## /gm)).toHaveLength(4);
		expect(essay.match(/^### /gm)).toHaveLength(2);
		expect(essay).toMatch(/^\| --- \| ---: \| ---: \|$/m);
		expect(essay.match(/^\[\^\d\]: <Source id="source-\d+" \/>\.$/gm)).toHaveLength(3);
		expect(essay).toMatch(/^<Callout type="note" title="[^"]+">$/m);
		expect(essay).toMatch(/^<Stat value="[\d,]+" label="[^"]+" \/>$/m);
	});
});

describe('projectId', () => {
	test.each([
		[1, 'project-00001'],
		[5, 'project-00001'],
		[6, 'project-00002'],
	])('puts essay %i in %s', (index, id) => {
		expect(projectId(index)).toBe(id);
	});
});

describe('frontmatter', () => {
	test('writes values as JSON, which YAML reads the same, and leaves out undefined ones', () => {
		expect(parseFrontmatter(frontmatter({ title: 'A: "quoted" title', end: undefined }))).toEqual({
			title: 'A: "quoted" title',
		});
		expect(frontmatter({ title: 'A: "quoted" title', number: 2, end: undefined, tags: ['a b'] })).toBe(
			'---\ntitle: "A: \\"quoted\\" title"\nnumber: 2\ntags: ["a b"]\n---\n',
		);
	});
});

describe('editEssay', () => {
	test('adds a paragraph at the end that differs per revision, keeping the original text', () => {
		const once = editEssay(essay(), 1);
		expect(once.startsWith(essay())).toBe(true);
		expect(once).toMatch(/\nEdited for benchmark revision 1: \S/);
		expect(editEssay(essay(), 2)).not.toBe(once);
	});
});

function essay() {
	return essayFile(1).contents;
}
