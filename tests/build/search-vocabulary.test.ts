import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseVocabulary, suggest } from '../../src/browser/search/suggest';
import { VOCABULARY_FILE, wordsOf } from '../../src/lib/search/vocabulary';
import { indexedPages } from '../support/pagefind-index';
import { siteDist } from '../support/paths';

// The vocabulary the real site's build wrote for "Did you mean …", and how well it corrects held-out
// misspellings of the site's own words (made here by rule, so no wording of content/ is pinned).

const text = readFileSync(`${siteDist}/${VOCABULARY_FILE}`, 'utf8');
const vocabulary = parseVocabulary(text);

/** Four common slips: a dropped letter, two letters swapped, a letter doubled, a vowel replaced. */
const slips = (word: string): string[] => {
	const middle = Math.floor(word.length / 2);
	const vowel = [...word].findIndex((c, i) => i > 0 && 'aeiou'.includes(c));
	return [
		word.slice(0, middle) + word.slice(middle + 1),
		word.slice(0, middle) + word[middle + 1] + word[middle] + word.slice(middle + 2),
		word.slice(0, middle) + word[middle] + word.slice(middle),
		vowel > 0 ? word.slice(0, vowel) + (word[vowel] === 'e' ? 'a' : 'e') + word.slice(vowel + 1) : word,
	].filter((slip) => slip !== word);
};

describe('the site’s vocabulary', () => {
	test('holds every word of the indexed text, once each', () => {
		const indexed = new Set(indexedPages(siteDist).flatMap((page) => wordsOf(page.content)));
		expect(new Set(vocabulary.words)).toEqual(indexed);
		expect(vocabulary.words.length).toBe(indexed.size);
	});

	test('suggests the right word for at least 90% of held-out misspellings of its words', () => {
		// Words a reader would search for: long enough to misspell, used more than once.
		const words = vocabulary.words.filter((w, rank) => w.length >= 6 && rank < vocabulary.words.length / 2);
		const cases = words.flatMap((word) => slips(word).map((slip) => [slip, word] as const));
		const wrong = cases.filter(([slip, word]) => !vocabulary.rank.has(slip) && suggest(slip, vocabulary) !== word);
		expect(cases.length).toBeGreaterThan(100);
		expect(wrong.length / cases.length, wrong.slice(0, 20).join('; ')).toBeLessThan(0.1);
	});

	test('offers nothing for the site’s own words, or the first letters of them', () => {
		const offered = vocabulary.words.filter((w) => suggest(w, vocabulary) || suggest(w.slice(0, 4), vocabulary));
		expect(offered).toEqual([]);
	});
});
