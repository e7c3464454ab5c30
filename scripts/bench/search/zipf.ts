import { seeded, type Random } from '../random.ts';

/** Debian's `wbritish` word list, the source of the search corpus's vocabulary. */
export const WORD_LIST = '/usr/share/dict/british-english';

/** Words ranked from most to least frequent, and a sampler that draws them by Zipf's law. */
export interface Vocabulary {
	/** Where the words came from: the word list's path, or `'fallback'`. */
	source: string;
	/** Ranked words: `words[0]` is the most frequent. */
	words: readonly string[];
	/** One word drawn with probability ∝ 1 / (rank + 1)^exponent. */
	draw(random: Random): string;
}

/**
 * The words of a word list worth indexing: lowercase letters only (no proper nouns, possessives or accents),
 * two letters or more, each once. `listWords('Aachen\nabbey\nabbey\'s\nx\n') => ['abbey']`.
 */
export function listWords(text: string): string[] {
	return [...new Set(text.split('\n').filter((word) => /^[a-z]{2,}$/.test(word)))];
}

/**
 * A ranked vocabulary with Zipf-distributed draws, as word frequencies in real prose are: a few words on every
 * page, most words on few pages. Ranks lean towards short words (frequent words are short, as in English) with a
 * seeded shuffle, so the same words and seed always give the same ranking.
 */
export function zipfVocabulary(words: readonly string[], { exponent = 1, seed = 1, source = 'list' } = {}): Vocabulary {
	if (words.length === 0) throw new Error('A vocabulary needs at least one word.');
	const random = seeded(seed);
	// A random key scaled by length: any word can rank high, a word of n letters half as likely as one of n / 2.
	const shuffled = words.map((word) => ({ word, key: random.next() * word.length }));
	shuffled.sort((a, b) => a.key - b.key);
	const ranked = shuffled.map(({ word }) => word);
	const cumulative = new Float64Array(ranked.length);
	let total = 0;
	for (let rank = 0; rank < ranked.length; rank++) {
		total += 1 / (rank + 1) ** exponent;
		cumulative[rank] = total;
	}
	return {
		source,
		words: ranked,
		draw(r) {
			const target = r.next() * total;
			let low = 0;
			let high = ranked.length - 1;
			while (low < high) {
				const mid = (low + high) >> 1;
				if ((cumulative[mid] ?? 0) < target) low = mid + 1;
				else high = mid;
			}
			return ranked[low] as string;
		},
	};
}

/**
 * Made-up words for when the word list is missing (`apt-get install wbritish`): syllable strings, deterministic,
 * as many as asked for. `fallbackWords(2) => ['ba', 'be']`.
 */
export function fallbackWords(count = 20_000): string[] {
	const consonants = 'bcdfghklmnprstvw';
	const vowels = 'aeiou';
	const syllables = [...consonants].flatMap((c) => [...vowels].map((v) => c + v));
	const words: string[] = [];
	for (let n = 0; words.length < count; n++) {
		let rest = n;
		let word = '';
		do {
			word += syllables[rest % syllables.length];
			rest = Math.floor(rest / syllables.length);
		} while (rest > 0);
		words.push(word);
	}
	return words;
}

/** The most frequent word of four letters or more: on nearly every page, the search's worst case. */
export const commonWord = (vocabulary: Vocabulary): string =>
	vocabulary.words.find((word) => word.length >= 4) ?? (vocabulary.words[0] as string);

/** A sentence of 8–25 words drawn from the vocabulary: capitalised, with a full stop. */
export function zipfSentence(random: Random, vocabulary: Vocabulary): string {
	const length = random.int(8, 25);
	const words = Array.from({ length }, () => vocabulary.draw(random));
	const text = words.join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of sentences totalling at least `words` words. */
export function zipfParagraph(random: Random, vocabulary: Vocabulary, words: number): string {
	const sentences: string[] = [];
	let count = 0;
	while (count < words) {
		const next = zipfSentence(random, vocabulary);
		sentences.push(next);
		count += next.split(' ').length;
	}
	return sentences.join(' ');
}

/** A title of two to five words in sentence case. */
export function zipfTitle(random: Random, vocabulary: Vocabulary): string {
	const text = Array.from({ length: random.int(2, 5) }, () => vocabulary.draw(random)).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * Misspellings of the most frequent long words (eight letters or more, so on many pages), each missing one letter in
 * its middle, as readers mistype; none is itself a word of the vocabulary, so "Did you mean …" has something to offer.
 * For a vocabulary ranked `['evaluation', …]`: `['evalution', …]`.
 */
export function misspellings(vocabulary: Vocabulary, count = 5): string[] {
	const known = new Set(vocabulary.words);
	const result: string[] = [];
	for (const word of vocabulary.words) {
		if (result.length === count) break;
		if (word.length < 8) continue;
		const middle = Math.floor(word.length / 2);
		const misspelt = word.slice(0, middle) + word.slice(middle + 1);
		if (!known.has(misspelt)) result.push(misspelt);
	}
	return result;
}
