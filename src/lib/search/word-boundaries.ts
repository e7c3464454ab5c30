/**
 * Elements a reader sees as separate blocks or cells but whose text Pagefind joins to the next element's without a
 * space (measured with Pagefind 1.x: `<th>Phase</th><th>When</th>` is indexed as "PhaseWhen"). Paragraphs, list
 * items, divs, sections, headings and data cells it already separates.
 */
const RUN_TOGETHER = [
	'th',
	'tr',
	'caption',
	'figcaption',
	'figure',
	'dt',
	'dd',
	'dl',
	'summary',
	'details',
	'legend',
	'fieldset',
	'address',
	'aside',
	'header',
	'footer',
	'hgroup',
	'blockquote',
	'table',
	'thead',
	'tbody',
	'tfoot',
];

const CLOSING = new RegExp(`</(?:${RUN_TOGETHER.join('|')})>`, 'gi');

/**
 * The page as Pagefind should index it: a space before the end of every block element Pagefind would otherwise
 * run into its neighbour, so excerpts read "Phase When Focus", not "PhaseWhenFocus". Only the index's copy changes;
 * the served page is untouched. `withWordBoundaries('<dt>YouGov</dt><dd>Ran it</dd>')` => `'<dt>YouGov </dt><dd>Ran it </dd>'`.
 */
export function withWordBoundaries(html: string): string {
	return html.replace(CLOSING, ' $&');
}
