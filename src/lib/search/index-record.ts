import { isoDate } from '../format';
import type { ContentType, FilterGroup } from './filters';

/** What a layout knows about its entry that search needs. */
export interface IndexedEntry {
	type: ContentType;
	/** The project's title, e.g. "Peer support". */
	project?: string | undefined;
	/** Publication date (an update or essay) or start (a project); standalone pages have none. */
	date?: Date | undefined;
	tags?: readonly string[] | undefined;
}

/** The filters, sort key and metadata a page records for Pagefind (rendered as hidden `data-pagefind-*` spans). */
export interface IndexRecord {
	filters: [FilterGroup, string][];
	/** `data-pagefind-sort="date"`: ISO date, so newest-first is a plain descending sort. */
	sortDate: string;
	/** `data-pagefind-meta="date"`, shown under the result; absent for undated pages. */
	metaDate?: string;
}

/**
 * Undated pages (the FAQ, Get involved) still need a sort key, or Pagefind drops them from results sorted by
 * date; this one sorts them after every dated entry when the newest come first.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

/** The search record of an entry: `indexRecord({ type: 'Essay', project: 'Peer support', date, tags: ['survey'] })`. */
export function indexRecord(entry: IndexedEntry): IndexRecord {
	const filters: [FilterGroup, string][] = [['type', entry.type]];
	if (entry.project) filters.push(['project', entry.project]);
	if (entry.date) filters.push(['year', String(entry.date.getUTCFullYear())]);
	for (const tag of new Set(entry.tags ?? [])) filters.push(['tag', tag]);
	const iso = entry.date && isoDate(entry.date);
	return { filters, sortDate: iso ?? UNDATED_SORT_KEY, ...(iso && { metaDate: iso }) };
}
