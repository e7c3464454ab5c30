/** What a citation needs to know about an essay. */
export interface CitationSource {
	title: string;
	subtitle?: string;
	authors: readonly { name: string; type: 'person' | 'organisation' }[];
	published: Date;
	/** The essay's absolute URL. */
	url: string;
	/** The collection the essay is published in, e.g. "Field Notes". */
	container: string;
	/** Who publishes it, e.g. "Northfield Research Group". */
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
 * `The research team (2018) ‘Why rivers flood’, Field Notes (Project one, essay 1 of 6). Northfield Research Group. Available at: https://…`
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
