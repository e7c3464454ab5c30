/** Where the build writes the site's search vocabulary, under the Pagefind folder it is built from. */
export const VOCABULARY_FILE = 'pagefind/vocabulary.txt';

/** Words shorter than this are neither corrected nor offered: too many real words are one letter from them. */
export const MIN_WORD_LENGTH = 3;

/** A word as search compares it: lower case, accents kept, curly apostrophes straightened. */
export const normaliseWord = (word: string): string => word.normalize('NFC').toLowerCase().replace(/’/g, "'");

/** The words of a text that the vocabulary counts: runs of letters of at least MIN_WORD_LENGTH. */
export function wordsOf(text: string): string[] {
	return (normaliseWord(text).match(/\p{L}+/gu) ?? []).filter((word) => word.length >= MIN_WORD_LENGTH);
}

/**
 * The vocabulary file for "Did you mean …": every word of the indexed text, one a line, most used first (ties in
 * alphabetical order), so the browser can prefer common words without storing counts.
 * `buildVocabulary(['Peer support', 'peer groups'])` => `'peer\ngroups\nsupport\n'`.
 */
export function buildVocabulary(texts: Iterable<string>): string {
	const counts = new Map<string, number>();
	for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const words = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
	return words.length ? `${words.join('\n')}\n` : '';
}
