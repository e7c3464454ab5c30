import { describe, expect, test } from 'vitest';
import { buildVocabulary, wordsOf } from '../../../../src/lib/search/vocabulary';

describe('wordsOf', () => {
	test('keeps runs of letters of three or more, in lower case, without numbers or punctuation', () => {
		expect(wordsOf('The Lab’s 2,666 people — à propos, co-design.')).toEqual([
			'the',
			'lab',
			'people',
			'propos',
			'design',
		]);
	});
});

describe('buildVocabulary', () => {
	test('lists each word once, most used first, ties alphabetically', () => {
		expect(buildVocabulary(['Peer support for peers', 'peer groups', 'support'])).toBe(
			'peer\nsupport\nfor\ngroups\npeers\n',
		);
	});

	test('is empty for a site with no words', () => {
		expect(buildVocabulary(['', '12 34'])).toBe('');
	});
});
