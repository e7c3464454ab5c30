import { describe, expect, test } from 'vitest';
import { seeded } from '../../../../../scripts/bench/random';
import {
	commonWord,
	fallbackWords,
	listWords,
	misspellings,
	zipfParagraph,
	zipfVocabulary,
} from '../../../../../scripts/bench/search/zipf';

describe('listWords', () => {
	test('keeps lowercase words of two letters or more, once each', () => {
		expect(listWords("Aachen\nabbey\nabbey\nabbey's\nx\nzoo\néclair\n")).toEqual(['abbey', 'zoo']);
	});
});

describe('zipfVocabulary', () => {
	const vocabulary = zipfVocabulary(fallbackWords(5_000));

	test('ranks the same words the same way for the same seed', () => {
		expect(zipfVocabulary(fallbackWords(5_000)).words).toEqual(vocabulary.words);
		expect(zipfVocabulary(fallbackWords(5_000), { seed: 2 }).words).not.toEqual(vocabulary.words);
	});

	test('draws words about as often as 1 / rank', () => {
		const random = seeded(3);
		const counts = new Map<string, number>();
		for (let i = 0; i < 100_000; i++) {
			const word = vocabulary.draw(random);
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
		const [first, second, tenth] = [0, 1, 9].map((rank) => counts.get(vocabulary.words[rank]!) ?? 0);
		expect(first! / second!).toBeGreaterThan(1.6);
		expect(first! / second!).toBeLessThan(2.4);
		expect(first! / tenth!).toBeGreaterThan(7);
		expect(first! / tenth!).toBeLessThan(13);
		// A long tail: most words are drawn rarely or never.
		expect(counts.size).toBeLessThan(vocabulary.words.length);
	});

	test('refuses an empty list', () => {
		expect(() => zipfVocabulary([])).toThrow('at least one word');
	});
});

describe('commonWord', () => {
	test('is the most frequent word of four letters or more', () => {
		const vocabulary = zipfVocabulary(['an', 'of', 'that', 'with', 'because']);
		expect(commonWord(vocabulary)).toBe(vocabulary.words.find((word) => word.length >= 4));
	});
});

describe('zipfParagraph', () => {
	test('writes capitalised sentences of at least the words asked for', () => {
		const text = zipfParagraph(seeded(1), zipfVocabulary(fallbackWords(1_000)), 50);
		expect(text.split(' ').length).toBeGreaterThanOrEqual(50);
		expect(text).toMatch(/^[A-Z][a-z ]+\./);
	});
});

describe('misspellings', () => {
	test('drops a middle letter of the most frequent long words, skipping any that is itself a word', () => {
		const vocabulary = {
			source: 'test',
			words: ['the', 'evaluation', 'abcdefgh', 'abcdfgh', 'community'],
			draw: () => '',
		};
		expect(misspellings(vocabulary, 2)).toEqual(['evalution', 'commnity']);
	});
});
