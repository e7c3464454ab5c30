import { seeded, type Random } from '../random.ts';
import { fallbackWords, zipfParagraph, zipfSentence, zipfTitle, zipfVocabulary, type Vocabulary } from './zipf.ts';

/** One generated page, as Pagefind's Node API takes it (`index.addHTMLFile`). */
export interface SearchCorpusPage {
	url: string;
	content: string;
}

const TYPES = ['Essay', 'Update', 'Update', 'Update', 'Project', 'Page'] as const;
const TAGS = ['peer support', 'evaluation', 'mental health', 'persistent pain', 'methods', 'survey', 'access', 'q lab'];
const SYLLABLES = [
	'ka',
	'ri',
	'mo',
	'te',
	'lu',
	'sa',
	'vin',
	'dor',
	'el',
	'bra',
	'ny',
	'quo',
	'zen',
	'hal',
	'pe',
	'tor',
];

/** How many names are shared between pages; each appears on about (pages × 2 / SHARED_NAMES) pages. */
export const SHARED_NAMES = 2_000;

/**
 * A made-up proper name for a number, like the places, people and organisations readers search for:
 * `corpusName(0) => 'Kaka'`. Different numbers give different names.
 */
export function corpusName(n: number): string {
	let rest = n;
	let word = '';
	do {
		word += SYLLABLES[rest % SYLLABLES.length];
		rest = Math.floor(rest / SYLLABLES.length);
	} while (rest > 0);
	if (word.length < 4) word += 'ka';
	return word[0]!.toUpperCase() + word.slice(1);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let fallback: Vocabulary | undefined;
/** Made-up words by Zipf's law, for when no word list is given (unit tests, a machine without `wbritish`). */
export const fallbackVocabulary = (): Vocabulary =>
	(fallback ??= zipfVocabulary(fallbackWords(), { source: 'fallback' }));

/**
 * Page `index` (from 1) of the synthetic search corpus: the markup the site's layouts give Pagefind (weighted title,
 * subtitle and summary, hidden filter/sort/date tags, `##` sections with ids), with about 900 words of prose drawn
 * from `vocabulary` by Zipf's law (zipf.ts), so each index chunk holds common and rare words as real prose does.
 * The same index, seed and vocabulary always give the same page.
 */
export function searchCorpusPage(
	index: number,
	seed = 1,
	vocabulary: Vocabulary = fallbackVocabulary(),
): SearchCorpusPage {
	const paragraph = (random: Random, words: number) => zipfParagraph(random, vocabulary, words);
	const sentence = (random: Random) => zipfSentence(random, vocabulary);
	const title = (random: Random) => zipfTitle(random, vocabulary);
	const random = seeded(seed * 100_003 + index);
	const type = random.pick(TYPES);
	const year = 2017 + (index % 9);
	const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
	const project = `Project ${1 + (index % 40)}`;
	const tags = [...new Set([random.pick(TAGS), random.pick(TAGS)])];
	const heading = `${title(random)} ${index}`;
	// Names make the vocabulary realistic: one only this page has, two shared with about ten pages each.
	const names = [
		corpusName(100_000 + index),
		corpusName(random.int(0, SHARED_NAMES - 1)),
		corpusName(random.int(0, SHARED_NAMES - 1)),
	];
	const sections = Array.from({ length: 6 }, (_, n) => {
		const name = title(random);
		const id = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;
		const mention = n < names.length ? ` The work with ${names[n]} continued.` : '';
		return `<h2 id="${id}">${escape(name)}</h2><p>${escape(paragraph(random, 70))}${mention}</p><p>${escape(paragraph(random, 70))}</p>`;
	}).join('\n');
	const record = [
		`<span data-pagefind-filter="type">${type}</span>`,
		type === 'Page' ? '' : `<span data-pagefind-filter="project">${project}</span>`,
		`<span data-pagefind-filter="year">${year}</span>`,
		...tags.map((tag) => `<span data-pagefind-filter="tag">${tag}</span>`),
		`<span data-pagefind-sort="date">${date}</span>`,
		`<span data-pagefind-meta="date">${date}</span>`,
	].join('');
	const slug = `${type.toLowerCase()}s/generated-${index}/`;
	return {
		url: `/${slug}`,
		content: `<!doctype html><html lang="en-GB"><head><title>${escape(heading)}</title></head><body>
<header data-pagefind-ignore="all"><nav>Essays Projects Updates</nav></header>
<main><article data-pagefind-body>
<h1 data-pagefind-weight="10">${escape(heading)}</h1>
<p class="subtitle" data-pagefind-weight="5">${escape(sentence(random))}</p>
<p class="summary" data-pagefind-weight="3">${escape(paragraph(random, 40))}</p>
<div hidden data-pagefind-ignore>${record}</div>
${sections}
</article></main></body></html>`,
	};
}
