import { describe, expect, test } from 'vitest';
import {
	bibtexKey,
	cite,
	citationJsonLd,
	citationMeta,
	citationDate,
	citationParts,
	citationText,
	displayUrl,
	escapeBibtex,
	formatBibtex,
	formatReference,
	referenceName,
	type CitationSource,
} from '../../../src/lib/citation';

const report = {
	publisher: 'RAND Europe',
	title: 'Independent evaluation of the Q Improvement Lab',
	date: '2018-09-14',
	url: 'https://www.rand.org/pubs/research_reports/RR2632.html',
};

describe('citationDate', () => {
	test.each([
		['2018-05', 'May 2018'],
		['2018-09-14', '14 September 2018'],
		['2017-12-01', '1 December 2017'],
	])('%s reads %s', (date, expected) => expect(citationDate(date)).toBe(expected));
});

describe('displayUrl', () => {
	test.each([
		['https://www.rand.org/pubs/research_reports/RR2632.html', 'www.rand.org/pubs/research_reports/RR2632.html'],
		['http://www.health.org.uk/newsletter/x', 'www.health.org.uk/newsletter/x'],
		['https://a.org/page/?shared=email&msg=fail', 'a.org/page/?shared=email&msg=fail'],
	])('%s shows as %s', (url, expected) => expect(displayUrl(url)).toBe(expected));
});

describe('citationParts', () => {
	test('orders publisher, title, date and link, with the punctuation between them', () => {
		expect(citationParts(report)).toEqual([
			{ kind: 'text', text: 'RAND Europe, “' },
			{ kind: 'title', text: 'Independent evaluation of the Q Improvement Lab' },
			{ kind: 'text', text: '”' },
			{ kind: 'text', text: ', ' },
			{ kind: 'date', text: '14 September 2018', iso: '2018-09-14' },
			{ kind: 'text', text: ', ' },
			{ kind: 'link', text: 'www.rand.org/pubs/research_reports/RR2632.html', href: report.url },
		]);
	});

	test('leaves out the link for a document without an address', () => {
		const parts = citationParts({ publisher: 'The Health Foundation', title: 'Early shoots and ambitious plans' });
		expect(parts.map((part) => part.kind)).toEqual(['text', 'title', 'text']);
	});
});

describe('citationText', () => {
	test('reads as one line', () => {
		expect(citationText(report)).toBe(
			'RAND Europe, “Independent evaluation of the Q Improvement Lab”, 14 September 2018, www.rand.org/pubs/research_reports/RR2632.html',
		);
	});

	test('skips an unknown date', () => {
		expect(citationText({ ...report, date: undefined })).toBe(
			'RAND Europe, “Independent evaluation of the Q Improvement Lab”, www.rand.org/pubs/research_reports/RR2632.html',
		);
	});

	test('ends after the title for a document with neither date nor address', () => {
		expect(citationText({ publisher: 'Q Improvement Lab', title: 'What is the Q Lab?' })).toBe(
			'Q Improvement Lab, “What is the Q Lab?”',
		);
	});
});

const essay: CitationSource = {
	title: 'What is the Q Improvement Lab?',
	subtitle: 'Why the Q community set up a lab',
	authors: [{ name: 'The Q Lab team', type: 'organisation' }],
	published: new Date('2018-05-01T00:00:00Z'),
	url: 'https://lab-essays.example.org/essays/what-is-the-q-improvement-lab/',
	container: 'Lab Essays',
	publisher: 'Q Improvement Lab',
	series: {
		label: 'Project one',
		title: 'Peer support',
		url: 'https://lab-essays.example.org/projects/peer-support/',
		number: 1,
		length: 6,
	},
	kind: 'ScholarlyArticle',
	publisherId: 'https://lab-essays.example.org/#organization',
	language: 'en-GB',
};

describe('referenceName', () => {
	test.each([
		[{ name: 'Tracy Webb', type: 'person' as const }, 'Webb, T.'],
		[{ name: 'Mary Ann Evans', type: 'person' as const }, 'Evans, M. A.'],
		[{ name: 'Libby', type: 'person' as const }, 'Libby'],
		[{ name: 'The Q Lab team', type: 'organisation' as const }, 'The Q Lab team'],
	])('%o => %s', (author, expected) => expect(referenceName(author)).toBe(expected));
});

describe('formatReference', () => {
	test('writes a Harvard-style reference with the series position and URL', () => {
		expect(formatReference(essay)).toBe(
			'The Q Lab team (2018) ‘What is the Q Improvement Lab?’, Lab Essays (Project one, essay 1 of 6). Q Improvement Lab. Available at: https://lab-essays.example.org/essays/what-is-the-q-improvement-lab/',
		);
	});

	test('joins several authors with commas and "and"', () => {
		const authors = [
			{ name: 'Tracy Webb', type: 'person' as const },
			{ name: 'Libby', type: 'person' as const },
			{ name: 'Anindita Ghosh', type: 'person' as const },
		];
		expect(formatReference({ ...essay, authors, series: undefined })).toMatch(
			/^Webb, T., Libby and Ghosh, A\. \(2018\) ‘What/,
		);
	});

	test('says "no date" for a work without one', () => {
		expect(formatReference({ ...essay, published: undefined })).toMatch(/^The Q Lab team \(no date\) ‘What/);
	});
});

describe('escapeBibtex', () => {
	test('escapes every TeX special character', () => {
		expect(escapeBibtex('R&D: 50% of $5 #1 a_b {x} ~ ^ \\')).toBe(
			'R\\&D: 50\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
		);
	});
});

describe('bibtexKey', () => {
	test('joins the first author’s last word, the year and the first long title word', () => {
		expect(bibtexKey(essay)).toBe('team2018what');
	});

	test('drops accents and punctuation', () => {
		expect(bibtexKey({ ...essay, authors: [{ name: 'Zoë Ó Briain', type: 'person' }], title: 'Élan, vital?' })).toBe(
			'briain2018elan',
		);
	});
});

describe('formatBibtex', () => {
	test('writes a biblatex @online entry with a braced organisation and title', () => {
		expect(formatBibtex(essay)).toMatchInlineSnapshot(`
			"@online{team2018what,
			  author       = {{The Q Lab team}},
			  title        = {{What is the Q Improvement Lab?}},
			  subtitle     = {{Why the Q community set up a lab}},
			  date         = {2018-05-01},
			  organization = {Q Improvement Lab},
			  series       = {Lab Essays},
			  note         = {Project one, essay 1 of 6},
			  url          = {https://lab-essays.example.org/essays/what-is-the-q-improvement-lab/},
			}"
		`);
	});

	test('joins people with "and" and leaves out empty fields', () => {
		const entry = formatBibtex({
			...essay,
			authors: [
				{ name: 'Tracy Webb', type: 'person' },
				{ name: 'Libby', type: 'person' },
			],
			subtitle: undefined,
			series: undefined,
		});
		expect(entry).toContain('author       = {Tracy Webb and Libby},');
		expect(entry).not.toContain('subtitle');
		expect(entry).not.toContain('note');
	});
});

describe('citationMeta', () => {
	test('writes the Highwire tags reference managers read, one citation_author per author', () => {
		const meta = citationMeta({
			...essay,
			authors: [
				{ name: 'Tracy Webb', type: 'person' },
				{ name: 'Libby', type: 'person' },
			],
		});
		expect(meta.map((tag) => ('name' in tag ? `${tag.name}: ${tag.content}` : ''))).toMatchInlineSnapshot(`
			[
			  "citation_title: What is the Q Improvement Lab?",
			  "citation_author: Tracy Webb",
			  "citation_author: Libby",
			  "citation_publication_date: 2018/05/01",
			  "citation_journal_title: Lab Essays",
			  "citation_publisher: Q Improvement Lab",
			  "citation_series_title: Lab Essays, Project one: Peer support",
			  "citation_issue: 1",
			  "citation_language: en-GB",
			  "citation_abstract_html_url: https://lab-essays.example.org/essays/what-is-the-q-improvement-lab/",
			  "citation_public_url: https://lab-essays.example.org/essays/what-is-the-q-improvement-lab/",
			]
		`);
	});

	test('a report names its institution, and leaves out the date and series it does not have', () => {
		const names = citationMeta({ ...essay, kind: 'Report', published: undefined, series: undefined }).map((tag) =>
			'name' in tag ? tag.name : '',
		);
		expect(names).toContain('citation_technical_report_institution');
		expect(names).not.toContain('citation_journal_title');
		expect(names).not.toContain('citation_publication_date');
		expect(names).not.toContain('citation_series_title');
	});
});

describe('citationJsonLd', () => {
	test('leaves out the fields a work does not have', () => {
		const node = citationJsonLd({ ...essay, subtitle: undefined, series: undefined, published: undefined });
		expect(Object.keys(node)).not.toEqual(
			expect.arrayContaining(['alternativeHeadline', 'isPartOf', 'position', 'datePublished', 'citation']),
		);
	});

	test('cites each source as a CreativeWork with what is known of it', () => {
		const node = citationJsonLd({
			...essay,
			sources: [{ title: 'A report', publisher: 'RAND', url: 'https://r.example/', date: '2018-09' }],
		});
		expect(node.citation).toEqual([
			{
				'@type': 'CreativeWork',
				name: 'A report',
				publisher: { '@type': 'Organization', name: 'RAND' },
				url: 'https://r.example/',
				datePublished: '2018-09',
			},
		]);
	});
});

describe('cite', () => {
	test('the visible reference, the BibTeX, the meta tags and the JSON-LD all come from the same source', () => {
		const { reference, bibtex, meta, jsonLd } = cite(essay);
		expect(reference).toBe(formatReference(essay));
		expect(bibtex).toBe(formatBibtex(essay));
		expect(meta).toEqual(citationMeta(essay));
		expect(jsonLd).toEqual(citationJsonLd(essay));
	});
});
