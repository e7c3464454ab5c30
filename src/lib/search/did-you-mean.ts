import { MIN_WORD_LENGTH, normaliseWord } from './vocabulary';

/** The words Pagefind marked in result excerpts (`<mark>…</mark>`), normalised as the vocabulary's are. */
function markedWords(excerpts: readonly string[]): string[] {
	const words: string[] = [];
	for (const excerpt of excerpts) {
		for (const [, marked = ''] of excerpt.matchAll(/<mark>(.*?)<\/mark>/gs)) {
			words.push(...(normaliseWord(marked.replace(/&[#\w]+;/g, ' ')).match(/\p{L}+/gu) ?? []));
		}
	}
	return words;
}

/**
 * Whether "Did you mean …" has to look a query up in the site's vocabulary (tens or hundreds of kilobytes on a large
 * site), given the excerpts of the results already loaded. It need not when every word of the query that could be
 * corrected starts a word marked in those excerpts: that word is on the site, so nothing would be suggested.
 * `needsCorrection('peer suport', [])` => true;
 * `needsCorrection('peer supp', ['<mark>Peer</mark> <mark>support</mark> groups'])` => false.
 */
export function needsCorrection(query: string, excerpts: readonly string[]): boolean {
	const words = (query.match(/\p{L}+/gu) ?? []).map(normaliseWord).filter((word) => word.length >= MIN_WORD_LENGTH);
	const marked = markedWords(excerpts);
	return words.some((word) => !marked.some((found) => found.startsWith(word)));
}
