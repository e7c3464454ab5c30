/** The query parameter result links carry so the page opened can mark the words searched for. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The words to mark, from the parameter's values (Pagefind 1.6 writes one `highlight=` per word, older
 * versions one value with spaces): `['Peer  support', 'peer']` => `['peer', 'support']`. Duplicates dropped.
 */
export function highlightTerms(values: readonly string[]): string[] {
	const words = values
		.join(' ')
		// Pagefind indexes "2,666" as 2666; so does this, and the pattern lets separators back in.
		.replace(/(\d)[,.](?=\d)/g, '$1')
		.toLocaleLowerCase('en-GB')
		.split(/[^\p{L}\p{N}'’-]+/u)
		.map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
		.filter((word) => word.length > 1);
	const unique = [...new Set(words)];
	const meaningful = unique.filter((word) => !STOP_WORDS.has(word));
	// A query of stop words only ("what is it") still marks them: they are what the reader asked for.
	return meaningful.length > 0 ? meaningful : unique;
}

/** Common words not worth marking on the page: marking every "the" hides the words that matter. */
const STOP_WORDS = new Set(
	'a an and are as at be by do does for from how in is it its of on or that the this to was were what when where which who why with'.split(
		' ',
	),
);

/**
 * A pattern for the words that start with any term, case-insensitive, longest terms first, so "support" marks
 * "supporting" as Pagefind's stemming would find it, and "2666" marks "2,666". `null` when there is nothing to mark.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
	if (terms.length === 0) return null;
	const alternatives = [...terms]
		.sort((a, b) => b.length - a.length)
		.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		// Digits may be grouped on the page: 2666 marks "2,666".
		.map((term) => term.replace(/(\d)(?=\d)/g, '$1[,.]?'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
