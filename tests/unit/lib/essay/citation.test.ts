import { describe, expect, test } from 'vitest';
import {
	bibtexKey,
	escapeBibtex,
	formatBibtex,
	formatReference,
	referenceName,
	type CitationSource,
} from '../../../../src/lib/essay/citation';

const essay: CitationSource = {
	title: 'What is the Q Improvement Lab?',
	subtitle: 'Why the Q community set up a lab',
	authors: [{ name: 'The Q Lab team', type: 'organisation' }],
	published: new Date('2018-05-01T00:00:00Z'),
	url: 'https://lab-essays.example.org/essays/what-is-the-q-improvement-lab/',
	container: 'Lab Essays',
	publisher: 'Q Improvement Lab',
	series: 'Project one, essay 1 of 6',
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
