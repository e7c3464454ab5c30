import { MIN_WORD_LENGTH, normaliseWord } from '../../lib/search/vocabulary.ts';

/** The site's vocabulary, ready to search. */
export interface Vocabulary {
	/** Every word, most used first. */
	words: readonly string[];
	/** Each word's place in `words` (0 = most used). */
	rank: ReadonlyMap<string, number>;
	/** Every word, sorted, for prefix look-ups. */
	sorted: readonly string[];
	/** Words read together, as "first second". */
	pairs: ReadonlySet<string>;
	/** The letters of each word of `words`, as a bit set (see `letterMask`). */
	masks: Uint32Array;
}

/**
 * Which letters a word has, one bit per letter (letters beyond 32 share bits). One edit changes at most two bits,
 * so words whose masks differ in more than twice the allowed edits need no distance worked out.
 */
export function letterMask(word: string): number {
	let mask = 0;
	for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
	return mask >>> 0;
}

function bitCount(n: number): number {
	let count = 0;
	for (let v = n; v; v &= v - 1) count++;
	return count;
}

/**
 * Reads the vocabulary file the build writes (src/lib/search/vocabulary.ts): one word a line, most used first,
 * then a blank line and pairs of line numbers.
 */
export function parseVocabulary(text: string): Vocabulary {
	const [wordLines = '', pairLines = ''] = text.split('\n\n');
	const words = wordLines.split('\n').filter(Boolean);
	const pairs = new Set<string>();
	for (const line of pairLines.split('\n')) {
		const [a, b] = line.split(' ').map(Number);
		if (words[a!] && words[b!]) pairs.add(`${words[a!]} ${words[b!]}`);
	}
	return {
		words,
		rank: new Map(words.map((word, index) => [word, index])),
		sorted: [...words].sort(),
		pairs,
		masks: Uint32Array.from(words, letterMask),
	};
}

/** Whether some word of the vocabulary starts with `prefix` (a word still being typed). */
function isPrefix(prefix: string, sorted: readonly string[]): boolean {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	return sorted[low]?.startsWith(prefix) ?? false;
}

/** Endings Pagefind's stemming takes off, so "supports" finds the site's "support". */
const ENDINGS = /(?:s|es|ed|d|ing|er|ers|ly)$/;

/** Whether search will find a word as it is: a word of the site, the start of one, or one with an ending added. */
function isKnown(word: string, vocabulary: Vocabulary): boolean {
	if (word.length < MIN_WORD_LENGTH) return true;
	if (vocabulary.rank.has(word) || isPrefix(word, vocabulary.sorted)) return true;
	const stem = word.replace(ENDINGS, '');
	return stem.length >= 4 && stem !== word && vocabulary.rank.has(stem);
}

/** How many edits a word of this length may be from its correction: one for short words, more for long ones. */
const allowedEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

// Rows of the distance table, reused by every call: a suggestion compares the query with thousands of words.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length + 1));
	let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, beforePrevious[j - 2]! + 1);
			}
			current[j] = value;
			if (value < best) best = value;
		}
		if (best > limit) return limit + 1;
		[beforePrevious, previous, current] = [previous, current, beforePrevious];
	}
	return previous[b.length]!;
}

const commonPrefix = (a: string, b: string) => {
	let n = 0;
	while (n < a.length && a[n] === b[n]) n++;
	return n;
};

/** The neighbours of a word in the query, when the site has them as they are. */
interface Neighbours {
	before?: string | undefined;
	after?: string | undefined;
}

const fitsNeighbours = (candidate: string, { before, after }: Neighbours, pairs: ReadonlySet<string>) =>
	(before !== undefined && pairs.has(`${before} ${candidate}`)) ||
	(after !== undefined && pairs.has(`${candidate} ${after}`));

/**
 * The site's word a misspelt word most likely stands for. A word the site has beside the query's neighbour comes
 * first if it is near or begins the same ("Libety Structures" => "Liberating", "Christina Pagle" => "Pagel").
 * Otherwise the nearest: the fewest edits away, a changed first letter counting half an edit more (typing seldom
 * gets it wrong), then the most used. Failing that, the most used word that begins with the same four letters or more.
 */
function correct(word: string, vocabulary: Vocabulary, neighbours: Neighbours): string | undefined {
	const limit = allowedEdits(word.length);
	const sameStart = Math.max(3, Math.ceil(word.length / 2));
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of neighbours.before || neighbours.after ? vocabulary.words : []) {
		if (!fitsNeighbours(candidate, neighbours, vocabulary.pairs)) continue;
		const shared = commonPrefix(word, candidate);
		const distance = editDistance(word, candidate, limit);
		if (distance > limit && shared < sameStart) continue;
		const score = distance - shared / 100;
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	if (best) return best;
	const { words, masks } = vocabulary;
	const mask = letterMask(word);
	for (let index = 0; index < words.length; index++) {
		const candidate = words[index]!;
		if (Math.abs(candidate.length - word.length) > limit) continue;
		if (bitCount((mask ^ masks[index]!) >>> 0) > 2 * limit) continue;
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		const score = distance + (candidate[0] === word[0] ? 0 : 0.5);
		// Words are most used first, so the first of equal score is the commonest.
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	if (best) return best;
	let longest = Math.max(4, sameStart) - 1;
	for (const candidate of vocabulary.words) {
		const shared = commonPrefix(word, candidate);
		if (shared > longest) [best, longest] = [candidate, shared];
	}
	return best;
}

/** A correction written the way the reader wrote the word: "Natonal" => "National", "YouGuv" => "YouGov". */
function matchCase(original: string, correction: string): string {
	const upper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
	if (original.length > 1 && original === original.toUpperCase()) return correction.toUpperCase();
	if (original.length === correction.length) {
		return [...correction].map((c, i) => (upper(original[i]) ? c.toUpperCase() : c)).join('');
	}
	return upper(original[0]) ? correction[0]!.toUpperCase() + correction.slice(1) : correction;
}

/**
 * "Did you mean …": the query with each word the site does not have replaced by the site's word it most likely
 * stands for, or `undefined` when every word is found as it is (or nothing near it is on the site).
 * Words still being typed ("partic") and endings ("supports") count as found.
 * `suggest('peir suport', vocabulary)` => `'peer support'`.
 */
export function suggest(query: string, vocabulary: Vocabulary): string | undefined {
	const originals = query.match(/\p{L}+/gu) ?? [];
	const words = originals.map(normaliseWord);
	const known = words.map((word) => isKnown(word, vocabulary));
	const neighbour = (i: number) => (known[i] && vocabulary.rank.has(words[i]!) ? words[i] : undefined);
	const corrections = words.map((word, i) =>
		known[i] ? undefined : correct(word, vocabulary, { before: neighbour(i - 1), after: neighbour(i + 1) }),
	);
	if (corrections.every((c) => c === undefined)) return undefined;
	let i = 0;
	return query.replace(/\p{L}+/gu, (original) => {
		const correction = corrections[i++];
		return correction ? matchCase(original, correction) : original;
	});
}
