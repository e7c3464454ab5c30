/** What related-content scoring needs to know about an entry. */
export interface Relatable {
	/** Unique across everything being compared, e.g. "essays/impact-that-counts". */
	key: string;
	title: string;
	tags: readonly string[];
	/** The project the entry belongs to, if any. */
	project?: string;
	published: Date;
}

/** How much two entries have in common: two points per shared tag, one for the same project. */
export function relatedness(a: Relatable, b: Relatable): number {
	const shared = a.tags.filter((tag) => b.tags.includes(tag)).length;
	return shared * 2 + (a.project && a.project === b.project ? 1 : 0);
}

/**
 * The entries most related to `current`, best first, ties broken newest first then by title.
 * Entries sharing nothing (score 0), `current` itself and any key in `exclude` are left out.
 */
export function relatedEntries<T extends Relatable>(
	current: Relatable,
	candidates: readonly T[],
	{ limit = 3, exclude = [] }: { limit?: number; exclude?: readonly string[] } = {},
): T[] {
	return candidates
		.filter((c) => c.key !== current.key && !exclude.includes(c.key))
		.map((candidate) => ({ candidate, score: relatedness(current, candidate) }))
		.filter(({ score }) => score > 0)
		.sort(
			(a, b) =>
				b.score - a.score ||
				b.candidate.published.getTime() - a.candidate.published.getTime() ||
				a.candidate.title.localeCompare(b.candidate.title),
		)
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}
