// Citations, both ways round: the footnote a page prints for a source it cites (`citationParts`, `citationText`,
// from an entry of content/sources/sources.yaml), and the reference a reader copies to cite one of our essays
// (`formatReference`, `formatBibtex`, from a `CitationSource`).
import { formatMonth } from './format';
import type { Source } from './schemas/source';

// A source the page cites.

/** One piece of a printed citation: plain text, the work's title, its date or its address. */
export type CitationPart =
	| { kind: 'text'; text: string }
	| { kind: 'title'; text: string }
	| { kind: 'date'; text: string; iso: string }
	| { kind: 'link'; text: string; href: string };

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A bibliography date as readers see it: '2018-05' => 'May 2018', '2018-09-14' => '14 September 2018'. */
export function citationDate(date: string): string {
	return date.length === 7 ? formatMonth(new Date(`${date}-01T00:00:00Z`)) : day.format(new Date(`${date}T00:00:00Z`));
}

/** An address without its protocol, so a printed page shows it: 'https://www.rand.org/x.html' => 'www.rand.org/x.html'. */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\//, '');
}

/**
 * A footnote citation in order — publisher, “title”, date if known, address if any — with its punctuation:
 * `RAND Europe, “Independent evaluation of the Q Improvement Lab”, 14 September 2018, www.rand.org/…`.
 */
export function citationParts(source: Pick<Source, 'publisher' | 'title' | 'date' | 'url'>): CitationPart[] {
	const parts: CitationPart[] = [
		{ kind: 'text', text: `${source.publisher}, “` },
		{ kind: 'title', text: source.title },
		{ kind: 'text', text: '”' },
	];
	if (source.date) {
		parts.push({ kind: 'text', text: ', ' }, { kind: 'date', text: citationDate(source.date), iso: source.date });
	}
	if (source.url) {
		parts.push({ kind: 'text', text: ', ' }, { kind: 'link', text: displayUrl(source.url), href: source.url });
	}
	return parts;
}

/** The citation as one line of plain text, exactly as a footnote shows it. */
export function citationText(source: Pick<Source, 'publisher' | 'title' | 'date' | 'url'>): string {
	return citationParts(source)
		.map((part) => part.text)
		.join('');
}

// An essay a reader cites.

/** What a citation needs to know about an essay. */
export interface CitationSource {
	title: string;
	subtitle?: string;
	authors: readonly { name: string; type: 'person' | 'organisation' }[];
	published: Date;
	/** The essay's absolute URL. */
	url: string;
	/** The collection the essay is published in, e.g. "Lab Essays". */
	container: string;
	/** Who publishes it, e.g. "Q Improvement Lab". */
	publisher: string;
	/** Where it sits in its series, e.g. "Project one, essay 3 of 6". */
	series?: string;
}

/** A person's name as a reference list shows it: "Tracy Webb" => "Webb, T."; a single name stays as it is. */
export function referenceName({ name, type }: CitationSource['authors'][number]): string {
	const parts = name.trim().split(/\s+/);
	if (type === 'organisation' || parts.length < 2) return name.trim();
	const surname = parts.pop()!;
	return `${surname}, ${parts.map((p) => `${p[0]!.toUpperCase()}.`).join(' ')}`;
}

/** Authors joined for a reference: "A", "A and B", "A, B and C". */
function joinReferenceNames(names: string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A Harvard-style reference, as UK health and care publications cite web essays:
 * `The Q Lab team (2018) ‘What is the Q Improvement Lab?’, Lab Essays (Project one, essay 1 of 6). Q Improvement Lab. Available at: https://…`
 */
export function formatReference(source: CitationSource): string {
	const authors = joinReferenceNames(source.authors.map(referenceName));
	const series = source.series ? ` (${source.series})` : '';
	return `${authors} (${source.published.getUTCFullYear()}) ‘${source.title}’, ${source.container}${series}. ${source.publisher}. Available at: ${source.url}`;
}

const LATEX_SPECIALS: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/** Escapes the characters TeX treats specially: `escapeBibtex('R&D 50%')` => `'R\\&D 50\\%'`. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIALS[c]!);
}

/** A BibTeX key from the first author's last word, the year and the title's first long word: "team2018what". */
export function bibtexKey(source: CitationSource): string {
	const ascii = (s: string) =>
		s
			.normalize('NFKD')
			.replace(/[^A-Za-z0-9\s]/g, '')
			.toLowerCase();
	const author =
		ascii(source.authors[0]?.name ?? 'anon')
			.split(/\s+/)
			.filter(Boolean)
			.at(-1) ?? 'anon';
	const word =
		ascii(source.title)
			.split(/\s+/)
			.find((w) => w.length > 3) ?? 'essay';
	return `${author}${source.published.getUTCFullYear()}${word}`;
}

/**
 * A biblatex `@online` entry. Titles are double-braced so styles keep their capitals; organisations are
 * braced so they are not split into given name and surname.
 */
export function formatBibtex(source: CitationSource): string {
	const author = source.authors
		.map((a) => (a.type === 'organisation' ? `{${escapeBibtex(a.name)}}` : escapeBibtex(a.name)))
		.join(' and ');
	const fields: [string, string | undefined][] = [
		['author', author],
		['title', `{${escapeBibtex(source.title)}}`],
		['subtitle', source.subtitle && `{${escapeBibtex(source.subtitle)}}`],
		['date', source.published.toISOString().slice(0, 10)],
		['organization', escapeBibtex(source.publisher)],
		['series', escapeBibtex(source.container)],
		['note', source.series && escapeBibtex(source.series)],
		['url', source.url],
	];
	const body = fields
		.filter((field): field is [string, string] => Boolean(field[1]))
		.map(([name, value]) => `  ${name.padEnd(12)} = {${value}},`)
		.join('\n');
	return `@online{${bibtexKey(source)},\n${body}\n}`;
}
