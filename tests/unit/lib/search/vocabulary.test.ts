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
	test('lists each word once, most used first, ties alphabetically, then the pairs read together more than once', () => {
		expect(buildVocabulary(['Peer support for peers', 'peer support groups', 'support'])).toBe(
			'support\npeer\nfor\ngroups\npeers\n\n1 0\n',
		);
	});

	test('pairs no words across a sentence end or a short word', () => {
		expect(buildVocabulary(['Peer support. Peer support', 'peer of support', 'peer support'])).toBe(
			'peer\nsupport\n\n0 1\n',
		);
		expect(buildVocabulary(['Peer. Support', 'peer of support'])).toBe('peer\nsupport\n\n');
	});

	test('is empty for a site with no words', () => {
		expect(buildVocabulary(['', '12 34'])).toBe('');
	});
});
