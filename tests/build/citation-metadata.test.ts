import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { referenceName } from '../../src/lib/citation';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';

// Reference managers read an essay from its citation_* meta tags and its schema.org JSON-LD; readers copy the
// "Cite this essay" box. On every built essay of the real site, all three must describe the same work.

type JsonLdNode = { '@type'?: string; '@id'?: string; [key: string]: unknown };

/**
 * The schema.org types the site uses and the properties each may carry, its own and inherited (from
 * https://schema.org/<Type>: Thing → CreativeWork → Article → ScholarlyArticle, CreativeWork → Report, …).
 */
const THING = [
	'@id',
	'name',
	'url',
	'description',
	'image',
	'alternateName',
	'sameAs',
	'identifier',
	'mainEntityOfPage',
];
const CREATIVE_WORK = [
	...THING,
	'headline',
	'alternativeHeadline',
	'author',
	'publisher',
	'datePublished',
	'dateModified',
	'inLanguage',
	'isPartOf',
	'position',
	'citation',
	'keywords',
	'about',
	'abstract',
	'text',
];
const ARTICLE = [...CREATIVE_WORK, 'articleBody', 'articleSection', 'wordCount'];
const ALLOWED: Record<string, readonly string[]> = {
	Organization: [...THING, 'logo', 'email', 'address'],
	Person: [...THING, 'jobTitle', 'affiliation'],
	CreativeWork: CREATIVE_WORK,
	CreativeWorkSeries: [...CREATIVE_WORK, 'startDate', 'endDate', 'issn'],
	Article: ARTICLE,
	ScholarlyArticle: ARTICLE,
	BlogPosting: ARTICLE,
	Report: [...ARTICLE, 'reportNumber'],
	BreadcrumbList: [...THING, 'itemListElement', 'numberOfItems', 'itemListOrder'],
	ListItem: [...THING, 'position', 'item'],
	FAQPage: [...CREATIVE_WORK, 'mainEntity'],
	Question: [...CREATIVE_WORK, 'acceptedAnswer', 'answerCount'],
	Answer: [...CREATIVE_WORK],
};

/** Every problem with a JSON-LD value: unknown types, properties a type does not have, nodes without a type. */
function schemaProblems(value: unknown, where: string): string[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => schemaProblems(item, `${where}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const node = value as JsonLdNode;
	const keys = Object.keys(node);
	if (keys.length === 1 && keys[0] === '@id') return [];
	const type = node['@type'];
	if (typeof type !== 'string') return [`${where} has no @type`];
	const allowed = ALLOWED[type];
	if (!allowed) return [`${where}: ${type} is not a type this test knows`];
	return keys.flatMap((key) => {
		if (key === '@type') return [];
		const own = allowed.includes(key) ? [] : [`${where}: ${type} has no property ${key}`];
		return [...own, ...schemaProblems(node[key], `${where}.${key}`)];
	});
}

/** The page's JSON-LD documents, parsed. */
const jsonLdOf = (html: HTMLElement) =>
	html.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text));

const metaOf = (html: HTMLElement, name: string) =>
	html.querySelectorAll(`meta[name="${name}"]`).map((meta) => meta.getAttribute('content')!);

const pages = htmlFiles(siteDist);
const essays = pages.filter((file) => /^essays\/[^/]+\/index\.html$/.test(file));

describe('JSON-LD on every page', () => {
	test.each(pages)('%s parses and uses only properties its schema.org types have', (file) => {
		const documents = jsonLdOf(page(siteDist, `/${file}`));
		expect(documents.length).toBe(1);
		expect(documents[0]['@context']).toBe('https://schema.org');
		expect(schemaProblems(documents[0]['@graph'], '@graph')).toEqual([]);
	});

	test('the allow-list rejects a property the type does not have, so the check above can fail', () => {
		expect(schemaProblems([{ '@type': 'Person', headline: 'x' }], 'g')).toEqual([
			'g[0]: Person has no property headline',
		]);
	});
});

describe.each(essays)('%s', (file) => {
	const html = page(siteDist, `/${file}`);
	const graph = jsonLdOf(html)[0]['@graph'] as JsonLdNode[];
	const work = graph.find((node) => node['@type'] === 'ScholarlyArticle')!;
	const reference = html.querySelector('#cite-reference')!.text.trim();
	const bibtex = html.querySelector('#cite-bibtex')!.text;
	const bibtexField = (name: string) => new RegExp(`^\\s*${name}\\s*= \\{(.*)\\},$`, 'm').exec(bibtex)?.[1];
	const meta = (name: string) => metaOf(html, name);
	const authors = work.author as { '@type': string; name: string }[];

	test('is a ScholarlyArticle with a visible citation', () => {
		expect(work).toBeDefined();
		expect(reference).not.toBe('');
	});

	test('title: meta, JSON-LD, heading and visible reference agree', () => {
		const title = html.querySelector('h1')!.text.trim();
		expect(meta('citation_title')).toEqual([title]);
		expect(work.headline).toBe(title);
		expect(reference).toContain(`‘${title}’`);
	});

	test('authors: one citation_author each, in the byline’s order, as JSON-LD and the visible reference name them', () => {
		const names = authors.map((author) => author.name);
		expect(meta('citation_author')).toEqual(names);
		const byline = html.querySelector('.entry-meta dd')!.text;
		let from = 0;
		for (const name of names) {
			const at = byline.indexOf(name, from);
			expect(at, `${name} in the byline "${byline}"`).toBeGreaterThanOrEqual(from);
			from = at + name.length;
			const type = authors.find((a) => a.name === name)!['@type'] === 'Person' ? 'person' : 'organisation';
			expect(reference).toContain(referenceName({ name, type }));
		}
	});

	test('date: meta, JSON-LD, BibTeX and the year in the reference agree', () => {
		const [date] = meta('citation_publication_date');
		expect(date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
		const iso = date!.replaceAll('/', '-');
		expect(String(work.datePublished).slice(0, 10)).toBe(iso);
		expect(bibtexField('date')).toBe(iso);
		expect(reference).toContain(`(${iso.slice(0, 4)})`);
	});

	test('publication and publisher: meta, JSON-LD and the reference agree', () => {
		const [journal] = meta('citation_journal_title');
		const [publisher] = meta('citation_publisher');
		expect(reference).toContain(`, ${journal} (`);
		expect(reference).toContain(`. ${publisher}. Available at:`);
		const publisherNode = graph.find((node) => node['@id'] === (work.publisher as JsonLdNode)['@id']);
		expect(publisherNode).toMatchObject({ '@type': 'Organization', name: publisher });
		expect(bibtexField('organization')).toBe(publisher);
		expect(bibtexField('series')).toBe(journal);
	});

	test('series and number: meta, JSON-LD and the reference agree', () => {
		const series = work.isPartOf as JsonLdNode;
		expect(series['@type']).toBe('CreativeWorkSeries');
		expect(meta('citation_issue')).toEqual([String(work.position)]);
		expect(meta('citation_series_title')[0]?.endsWith(`, ${String(series.name)}`)).toBe(true);
		const label = String(series.name).split(':')[0]!;
		expect(reference).toContain(`(${label}, essay ${work.position} of `);
	});

	test('address: canonical, meta, JSON-LD, BibTeX and the reference agree', () => {
		const canonical = html.querySelector('link[rel="canonical"]')!.getAttribute('href');
		expect(meta('citation_public_url')).toEqual([canonical]);
		expect(meta('citation_abstract_html_url')).toEqual([canonical]);
		expect(work.url).toBe(canonical);
		expect(bibtexField('url')).toBe(canonical);
		expect(reference.endsWith(`Available at: ${canonical}`)).toBe(true);
	});

	test('language: meta, JSON-LD and the page agree', () => {
		const lang = html.querySelector('html')!.getAttribute('lang');
		expect(meta('citation_language')).toEqual([lang]);
		expect(work.inLanguage).toBe(lang);
	});

	test('sources: the JSON-LD cites each work the page cites with <Source>, once', () => {
		const cited = new Map(
			html
				.querySelectorAll('article .source[data-source-id]')
				.map((source) => [source.getAttribute('data-source-id'), source.querySelector('cite')!.text]),
		);
		const listed = ((work.citation as JsonLdNode[] | undefined) ?? []).map((c) => c.name);
		expect([...listed].sort()).toEqual([...cited.values()].sort());
	});
});
