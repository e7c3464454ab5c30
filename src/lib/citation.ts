import { formatMonth } from './format';
import type { Source } from './schemas/source';

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
