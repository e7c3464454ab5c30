import { describe, expect, test } from 'vitest';
import { essayPage, type EssayPageInput } from '../../../../src/lib/view/essay';
import { makeAuthors, makeEssay, makeProject, makeSource, makeUpdate, metaByName, site } from './entries';

const alpha = makeProject('alpha', { start: '2019-01-01' });
const beta = makeProject('beta', { start: '2020-01-01' });
const first = makeEssay('first', { number: 1, tags: ['care'] });
const second = makeEssay(
	'second',
	{ number: 2, authors: ['ann', 'bob', 'ghost'], tags: ['care'], updated: '2021-03-01' },
	'Text.[^1]\n\n[^1]: <Source id="report" />, and <Source id="blog" /> and again <Source id="report" />.\n',
);
const third = makeEssay('third', { number: 3 });
const elsewhere = makeEssay('elsewhere', { project: 'beta', number: 1, tags: ['care'], published: '2022-01-01' });
const news = makeUpdate('news', { tags: ['care'] });

const input: EssayPageInput = {
	site,
	essays: [first, second, third, elsewhere],
	projects: [alpha, beta],
	updates: [news],
	authors: makeAuthors({
		ann: { name: 'Ann Archer', role: 'Lead' },
		bob: { name: 'The B Team', role: 'Team', type: 'organisation' },
	}),
	sources: [
		makeSource('report', { title: 'A report', publisher: 'RAND', url: 'https://r.example/x', date: '2018-09-14' }),
		makeSource('blog', { title: 'A blog post', publisher: 'Blog' }),
		makeSource('unused'),
	],
	headings: [
		{ depth: 2, slug: 'findings', text: 'Findings' },
		{ depth: 2, slug: 'footnote-label', text: 'Footnotes' },
	],
};
const view = essayPage(second, input);

describe('essayPage', () => {
	test('names the authors in byline order; an id with no author file stands for itself', () => {
		expect(view.byline.authors).toEqual(['Ann Archer', 'The B Team', 'ghost']);
		expect(view.byline.updated).toEqual(new Date('2021-03-01T00:00:00Z'));
	});

	test('places the essay in its series, linking the project under the base', () => {
		expect(view.series).toEqual({ label: 'Project one', url: '/sub/projects/alpha/', position: 'Essay 2 of 3' });
	});

	test('links the essays either side in the series, and only those', () => {
		expect(view.neighbours).toEqual({
			previous: { url: '/sub/essays/first/', title: 'Essay first' },
			next: { url: '/sub/essays/third/', title: 'Essay third' },
		});
		expect(essayPage(first, input).neighbours).toEqual({ next: { url: '/sub/essays/second/', title: 'Essay second' } });
	});

	test('relates essays and updates sharing tags, leaving out the series neighbours', () => {
		expect(view.related).toEqual([
			{ url: '/sub/essays/elsewhere/', title: 'Essay elsewhere', summary: 'Summary of elsewhere.', label: 'Essay' },
			{ url: '/sub/updates/news/', title: 'Update news', summary: 'Summary of news.', label: 'Update' },
		]);
	});

	test('records the essay for search with its project’s title', () => {
		expect(view.searchRecord).toEqual({
			type: 'Essay',
			project: 'Project alpha',
			date: new Date('2020-01-01T00:00:00Z'),
			tags: ['care'],
		});
	});

	test('lists its sections, the notes and the citation in the contents', () => {
		expect(view.toc.map((item) => item.slug)).toEqual(['findings', 'footnote-label', 'cite-this-essay']);
	});

	test('cites the essay with its authors, year, series, publisher and canonical address', () => {
		expect(view.citation.reference).toBe(
			'Archer, A., The B Team and ghost (2020) ‘Essay second’, Test Essays (Project one, essay 2 of 3). Test Org. Available at: https://example.org/sub/essays/second/',
		);
		expect(view.citation.bibtex).toContain('note         = {Project one, essay 2 of 3},');
	});

	test('carries citation_* meta that agree with the visible reference', () => {
		const meta = metaByName(view.head.meta);
		expect(meta.get('citation_title')).toEqual(['Essay second']);
		expect(meta.get('citation_author')).toEqual(['Ann Archer', 'The B Team', 'ghost']);
		expect(meta.get('citation_publication_date')).toEqual(['2020/01/01']);
		expect(meta.get('citation_journal_title')).toEqual(['Test Essays']);
		expect(meta.get('citation_publisher')).toEqual(['Test Org']);
		expect(meta.get('citation_series_title')).toEqual(['Test Essays, Project one: Project alpha']);
		expect(meta.get('citation_issue')).toEqual(['2']);
		expect(meta.get('citation_language')).toEqual(['en-GB']);
		expect(meta.get('citation_public_url')).toEqual(['https://example.org/sub/essays/second/']);
		expect(meta.get('citation_abstract_html_url')).toEqual(['https://example.org/sub/essays/second/']);
	});

	test('describes the essay as a ScholarlyArticle in its series, citing the sources in first-cited order', () => {
		const nodes = JSON.parse(view.head.jsonLd)['@graph'];
		const article = nodes.find((n: { '@type': string }) => n['@type'] === 'ScholarlyArticle');
		expect(article).toMatchObject({
			headline: 'Essay second',
			alternativeHeadline: 'Subtitle of second',
			url: 'https://example.org/sub/essays/second/',
			image: 'https://example.org/sub/og/essays/second.png',
			datePublished: '2020-01-01T00:00:00.000Z',
			dateModified: '2021-03-01T00:00:00.000Z',
			inLanguage: 'en-GB',
			author: [
				{ '@type': 'Person', name: 'Ann Archer' },
				{ '@type': 'Organization', name: 'The B Team' },
				{ '@type': 'Person', name: 'ghost' },
			],
			publisher: { '@id': 'https://example.org/sub/#organization' },
			isPartOf: {
				'@type': 'CreativeWorkSeries',
				name: 'Project one: Project alpha',
				url: 'https://example.org/sub/projects/alpha/',
			},
			position: 2,
			citation: [
				{
					'@type': 'CreativeWork',
					name: 'A report',
					publisher: { '@type': 'Organization', name: 'RAND' },
					url: 'https://r.example/x',
					datePublished: '2018-09-14',
				},
				{ '@type': 'CreativeWork', name: 'A blog post', publisher: { '@type': 'Organization', name: 'Blog' } },
			],
		});
	});

	test('an essay citing nothing has no citation list', () => {
		const nodes = JSON.parse(essayPage(first, input).head.jsonLd)['@graph'];
		expect(nodes[1]).not.toHaveProperty('citation');
	});

	test('its head is an article under Essays, with its own preview image', () => {
		const meta = metaByName(view.head.meta);
		expect(view.head.title).toBe('Essay second · Test Essays');
		expect(view.head.canonical).toBe('https://example.org/sub/essays/second/');
		expect(meta.get('og:type')).toEqual(['article']);
		expect(meta.get('og:image')).toEqual(['https://example.org/sub/og/essays/second.png']);
		expect(JSON.parse(view.head.jsonLd)['@graph'].at(-1).itemListElement[1].name).toBe('Essays');
	});
});
