import { describe, expect, test } from 'vitest';
import { citationDate, citationParts, citationText, displayUrl } from '../../../src/lib/citation';

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
