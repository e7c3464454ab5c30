// Citations, both ways round: the footnote a page prints for a source it cites (`citationParts`, `citationText`,
// from an entry of content/sources/sources.yaml), and the reference a reader copies to cite one of our essays
// (`cite`: the reference, BibTeX, `citation_*` meta and JSON-LD, from one `CitationSource`).
import { formatMonth } from './format';
import type { Source } from './schemas/source';
import type { JsonLdNode } from './seo/json-ld.ts';
import type { MetaTag } from './seo/meta.ts';
import { seriesPosition } from './essay/series-position.ts';

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
 * `RAND Europe, “Independent evaluation of the river project”, 14 September 2018, www.rand.org/…`.
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

// A work of ours a reader cites.

/** A work the essay cites, as the bibliography (content/sources/) records it. */
export interface CitedWork {
	title: string;
	publisher: string;
	url?: string | undefined;
	/** "YYYY-MM" or "YYYY-MM-DD", when known. */
	date?: string | undefined;
}

/** Where an essay sits in its project's series. */
export interface SeriesPlace {
	/** The series label, e.g. "Project one". */
	label: string;
	/** The project's title, e.g. "Peer support". */
	title: string;
	/** The absolute URL of the project overview, which lists the series. */
	url: string;
	/** The essay's number in the series, from 1. */
	number: number;
	/** How many essays the series has. */
	length: number;
}

/** What a citation needs to know about a work the site publishes: an essay or a project overview. */
export interface CitationSource {
	/** `ScholarlyArticle` for essays, `Report` for project overviews (schema.org types). */
	kind: 'ScholarlyArticle' | 'Report';
	title: string;
	subtitle?: string | undefined;
	summary?: string | undefined;
	authors: readonly { name: string; type: 'person' | 'organisation' }[];
	/** Absent for works without a publication date (project overviews): the reference says "no date". */
	published?: Date | undefined;
	updated?: Date | undefined;
	/** The work's canonical absolute URL. */
	url: string;
	/** The absolute URL of its link-preview image. */
	image?: string | undefined;
	/** The collection the work is published in, e.g. "Field Notes". */
	container: string;
	/** Who publishes it, e.g. "Northfield Research Group". */
	publisher: string;
	/** The `@id` of the publisher's schema.org node on the page. */
	publisherId: string;
	/** BCP 47, e.g. "en-GB". */
	language: string;
	series?: SeriesPlace | undefined;
	/** The works it cites, in the order it first cites them. */
	sources?: readonly CitedWork[];
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
	const series = source.series ? ` (${seriesText(source.series)})` : '';
	return `${authors} (${source.published?.getUTCFullYear() ?? 'no date'}) ‘${source.title}’, ${source.container}${series}. ${source.publisher}. Available at: ${source.url}`;
}

/** The series position as a reference writes it: "Project one, essay 3 of 6". */
const seriesText = ({ label, number, length }: SeriesPlace) => seriesPosition(label, number, length);

/** The series' name in metadata: "Project one: Peer support". */
const seriesName = ({ label, title }: SeriesPlace) => `${label}: ${title}`;

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
	return `${author}${source.published?.getUTCFullYear() ?? 'nd'}${word}`;
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
		['date', source.published?.toISOString().slice(0, 10)],
		['organization', escapeBibtex(source.publisher)],
		['series', escapeBibtex(source.container)],
		['note', source.series && escapeBibtex(seriesText(source.series))],
		['url', source.url],
	];
	const body = fields
		.filter((field): field is [string, string] => Boolean(field[1]))
		.map(([name, value]) => `  ${name.padEnd(12)} = {${value}},`)
		.join('\n');
	return `@online{${bibtexKey(source)},\n${body}\n}`;
}

/**
 * The Highwire Press / Google Scholar `<meta name="citation_*">` tags that Zotero, Mendeley and Google Scholar read:
 * the same title, authors, date, publication, publisher, series and address as the visible reference.
 */
export function citationMeta(source: CitationSource): MetaTag[] {
	const tag = (name: string, content: string | undefined): MetaTag[] => (content ? [{ name, content }] : []);
	return [
		...tag('citation_title', source.title),
		...source.authors.flatMap((author) => tag('citation_author', author.name)),
		...tag('citation_publication_date', source.published?.toISOString().slice(0, 10).replaceAll('-', '/')),
		...(source.kind === 'Report'
			? tag('citation_technical_report_institution', source.publisher)
			: tag('citation_journal_title', source.container)),
		...tag('citation_publisher', source.publisher),
		...tag('citation_series_title', source.series && `${source.container}, ${seriesName(source.series)}`),
		...tag('citation_issue', source.series && String(source.series.number)),
		...tag('citation_language', source.language),
		...tag('citation_abstract_html_url', source.url),
		...tag('citation_public_url', source.url),
	];
}

/** A schema.org node for a bibliography entry the work cites. */
function citedWorkNode(work: CitedWork): JsonLdNode {
	return {
		'@type': 'CreativeWork',
		name: work.title,
		publisher: { '@type': 'Organization', name: work.publisher },
		...(work.url ? { url: work.url } : {}),
		...(work.date ? { datePublished: work.date } : {}),
	};
}

/**
 * The schema.org node of the work (`ScholarlyArticle` or `Report`), with the series it is part of (`isPartOf`, a
 * `CreativeWorkSeries`, and its `position`) and the works it cites (`citation`).
 */
export function citationJsonLd(source: CitationSource): JsonLdNode {
	const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
	return {
		'@type': source.kind,
		headline: source.title,
		name: source.title,
		...optional('alternativeHeadline', source.subtitle),
		...optional('description', source.summary),
		url: source.url,
		mainEntityOfPage: source.url,
		...optional('image', source.image),
		...optional('datePublished', source.published?.toISOString()),
		...optional('dateModified', source.published && (source.updated ?? source.published).toISOString()),
		inLanguage: source.language,
		author: source.authors.map(({ name, type }) => ({ '@type': type === 'person' ? 'Person' : 'Organization', name })),
		publisher: { '@id': source.publisherId },
		...(source.series
			? {
					isPartOf: { '@type': 'CreativeWorkSeries', name: seriesName(source.series), url: source.series.url },
					position: source.series.number,
				}
			: {}),
		...(source.sources?.length ? { citation: source.sources.map(citedWorkNode) } : {}),
	};
}

/** Everything a page says about how to cite its work, from one source, so the visible box and the metadata agree. */
export interface Citation {
	/** The Harvard-style reference shown in "Cite this essay". */
	reference: string;
	/** The BibTeX entry shown beside it. */
	bibtex: string;
	/** `citation_*` meta tags for the head. */
	meta: MetaTag[];
	/** The work's schema.org node for the page's JSON-LD. */
	jsonLd: JsonLdNode;
}

/** How to cite a work: `cite(source)` => `{ reference, bibtex, meta, jsonLd }`. */
export function cite(source: CitationSource): Citation {
	return {
		reference: formatReference(source),
		bibtex: formatBibtex(source),
		meta: citationMeta(source),
		jsonLd: citationJsonLd(source),
	};
}
