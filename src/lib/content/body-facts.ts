import { citedSourceIds } from '../essay/cited-sources.ts';
import { readingMinutes } from '../reading-time.ts';

/** What pages show about an entry's MDX body besides its HTML. */
export interface BodyFacts {
	/** Minutes to read it (`readingMinutes`). */
	readingMinutes: number;
	/** The ids of the sources it cites, in order (`citedSourceIds`). */
	citedSources: string[];
}

/** `bodyFacts('<Source id="a" /> Two words.')` => `{ readingMinutes: 1, citedSources: ['a'] }`. */
export const bodyFacts = (body: string): BodyFacts => ({
	readingMinutes: readingMinutes(body),
	citedSources: citedSourceIds(body),
});

/**
 * An entry's body facts: the ones the content loader stored in `rendered.metadata.bodyFacts` (it keeps no body in
 * the data store), or, for an entry that still has its body (Astro's own MDX entries), worked out from it.
 */
export function bodyFactsOf(entry: { body?: string; rendered?: { metadata?: unknown } }): BodyFacts {
	const stored = (entry.rendered?.metadata as { bodyFacts?: BodyFacts } | undefined)?.bodyFacts;
	return stored ?? bodyFacts(entry.body ?? '');
}
