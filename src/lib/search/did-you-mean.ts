/**
 * A query that finds at least this many results needs no "Did you mean …": search matches every word of a query
 * (prefixes and word endings included), so a misspelt word leaves few results or none.
 */
export const ENOUGH_RESULTS = 3;

/**
 * Whether "Did you mean …" should look for a correction of a query, and so fetch the site's vocabulary (tens of
 * kilobytes on a large site): only for a query that found fewer than ENOUGH_RESULTS results.
 * `needsCorrection('peer suport', 0)` => true; `needsCorrection('peer support', 12)` => false.
 */
export function needsCorrection(query: string, resultCount: number): boolean {
	return query.trim() !== '' && resultCount < ENOUGH_RESULTS;
}
