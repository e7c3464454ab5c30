/** Where the build writes the site's search vocabulary, under the Pagefind folder it is built from. */
export const VOCABULARY_FILE = 'pagefind/vocabulary.txt';

/** Words shorter than this are neither corrected nor offered: too many real words are one letter from them. */
export const MIN_WORD_LENGTH = 3;

/** The most used words (the, and, for…: the top 1%, at most 60) make pairs too common to tell anything. */
const COMMON_WORDS = 60;
/** At most this many word pairs are kept, the most frequent: they pick between equally near corrections. */
const MAX_PAIRS = 5000;

/** A word as search compares it: lower case, accents kept. */
export const normaliseWord = (word: string): string => word.normalize('NFC').toLowerCase();

/** The words of a text that the vocabulary counts: runs of letters of at least MIN_WORD_LENGTH. */
export function wordsOf(text: string): string[] {
	return (normaliseWord(text).match(/\p{L}+/gu) ?? []).filter((word) => word.length >= MIN_WORD_LENGTH);
}

/** Runs of words read together: split at sentence and clause ends and at every word too short to count. */
function phrasesOf(text: string): string[][] {
	const phrases: string[][] = [];
	for (const clause of normaliseWord(text).split(/[.!?;:()“”"]+/)) {
		let phrase: string[] = [];
		for (const word of clause.match(/\p{L}+/gu) ?? []) {
			if (word.length >= MIN_WORD_LENGTH) phrase.push(word);
			else if (phrase.length) {
				phrases.push(phrase);
				phrase = [];
			}
		}
		if (phrase.length) phrases.push(phrase);
	}
	return phrases;
}

const byCount = <T>([a, m]: [T, number], [b, n]: [T, number]) => n - m || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The vocabulary file for "Did you mean …", from the indexed text of every page: each word once, most used first
 * (ties alphabetically), so the browser can prefer common words without storing counts; then a blank line and the
 * pairs of words that follow one another more than once, as line numbers of the first part ("4 17": word 4 then
 * word 17), so a correction can fit its neighbour ("Christina Pagle" => "Pagel", not "Page").
 * `buildVocabulary(['Peer support', 'peer support groups'])` => `'peer\nsupport\ngroups\n\n0 1\n'`.
 */
export function buildVocabulary(texts: Iterable<string>): string {
	const counts = new Map<string, number>();
	const pairCounts = new Map<string, number>();
	for (const text of texts) {
		for (const phrase of phrasesOf(text)) {
			phrase.forEach((word, i) => {
				counts.set(word, (counts.get(word) ?? 0) + 1);
				if (i > 0) {
					const pair = `${phrase[i - 1]} ${word}`;
					pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
				}
			});
		}
	}
	const words = [...counts].sort(byCount).map(([word]) => word);
	if (words.length === 0) return '';
	const rank = new Map(words.map((word, index) => [word, index]));
	const common = Math.min(COMMON_WORDS, Math.floor(words.length / 100));
	const pairs = [...pairCounts]
		.filter(([, count]) => count > 1)
		.map(([pair, count]) => [pair.split(' ').map((word) => rank.get(word)!), count] as [number[], number])
		.filter(([[a, b]]) => a! >= common || b! >= common)
		.sort(([a, m], [b, n]) => n - m || a[0]! - b[0]! || a[1]! - b[1]!)
		.slice(0, MAX_PAIRS)
		.map(([[a, b]]) => `${a} ${b}`);
	return `${words.join('\n')}\n\n${pairs.join('\n')}${pairs.length ? '\n' : ''}`;
}
