import { describe, expect, test } from 'vitest';
import { editDistance, parseVocabulary, suggest } from '../../../../src/browser/search/suggest';
import { buildVocabulary } from '../../../../src/lib/search/vocabulary';

// A small site's indexed text: the words a reader might misspell, among ordinary prose.
const SITE_TEXT = [
	'Peer support helps people with long-term conditions. The Lab worked on peer support for a year.',
	'National Voices leads the Peer Support Evidence Hub. National Voices and Mind developed the idea.',
	'Group sessions drew on Liberating Structures. Liberating Structures is a collection of formats.',
	'The Lab ran a national survey with YouGov and Dr Christina Pagel of UCL. Christina Pagel analysed it.',
	'A workshop at the Barbican closed the research phase. The workshop brought participants together.',
	'Mental health and persistent pain: the second project looked at persistent back and neck pain.',
	'An independent evaluation by RAND Europe. The evaluation asked how the Lab made improvement happen.',
	'Each page of the report has a page number. Ethnographic interviews and loneliness were studied.',
];
const vocabulary = parseVocabulary(buildVocabulary(SITE_TEXT));

describe('suggest', () => {
	test.each([
		['peir suport', 'peer support'],
		['Libety Structures', 'Liberating Structures'],
		['Natonal Voices', 'National Voices'],
	])('corrects the misspellings the issue names: %s => %s', (query, expected) => {
		expect(suggest(query, vocabulary)).toBe(expected);
	});

	// Misspellings written without looking at the suggester's output: dropped, doubled, swapped and wrong letters.
	test.each([
		['Barbicon', 'Barbican'],
		['evaluaton', 'evaluation'],
		['evalutaion', 'evaluation'],
		['persistant pain', 'persistent pain'],
		['mentl helth', 'mental health'],
		['workshp', 'workshop'],
		['worksop', 'workshop'],
		['improvment', 'improvement'],
		['partisipants', 'participants'],
		['ethnografic', 'ethnographic'],
		['lonelyness', 'loneliness'],
		['YouGuv survey', 'YouGov survey'],
		['Christina Pagle', 'Christina Pagel'],
		['nationl survay', 'national survey'],
		['Liberatng', 'Liberating'],
		['colection', 'collection'],
		['peeer', 'peer'],
	])('offers the site’s word for a held-out misspelling: %s => %s', (query, expected) => {
		expect(suggest(query, vocabulary)).toBe(expected);
	});

	test.each(['peer support', 'National Voices', 'partic', 'liberat', 'supports', 'workshops', 'Lab', 'UCL 2018'])(
		'offers nothing when search finds every word as typed, whole, partial or with an ending: %s',
		(query) => {
			expect(suggest(query, vocabulary)).toBeUndefined();
		},
	);

	test('offers nothing when no word of the site is near', () => {
		expect(suggest('xylophone', vocabulary)).toBeUndefined();
	});

	test('keeps the reader’s punctuation, spacing and capitals', () => {
		expect(suggest('“peir  suport”?', vocabulary)).toBe('“peer  support”?');
		expect(suggest('PEIR', vocabulary)).toBe('PEER');
	});
});

describe('editDistance', () => {
	test.each([
		['peer', 'peer', 0],
		['peir', 'peer', 1],
		['pagle', 'pagel', 1],
		['suport', 'support', 1],
		['abc', 'xyz', 3],
	])('%s → %s is %i', (a, b, distance) => expect(editDistance(a, b, 3)).toBe(distance));

	test('stops once past the limit', () => {
		expect(editDistance('evaluation', 'liberating', 2)).toBe(3);
	});
});

describe('parseVocabulary', () => {
	test('reads words most used first and the pairs after the blank line', () => {
		const parsed = parseVocabulary('peer\nsupport\ngroups\n\n0 1\n');
		expect(parsed.words).toEqual(['peer', 'support', 'groups']);
		expect(parsed.rank.get('support')).toBe(1);
		expect([...parsed.pairs]).toEqual(['peer support']);
	});

	test('reads an empty file as an empty vocabulary', () => {
		expect(parseVocabulary('').words).toEqual([]);
	});
});
