/**
 * Wraps a per-collection folder listing so calls within `maxAgeMs` of the last read reuse it:
 * `const idsIn = recentListing(readIds, 1000)`. Reference checks list the referenced folder for every entry, which
 * made loading quadratic (10,000 essays each listing 2,000 projects); reusing a listing for a second keeps new and
 * removed files visible to the dev server within that second. `now` is the clock, for tests.
 */
export function recentListing<T>(
	list: (collection: string) => T,
	maxAgeMs: number,
	now: () => number = Date.now,
): (collection: string) => T {
	const recent = new Map<string, { at: number; value: T }>();
	return (collection) => {
		const time = now();
		const kept = recent.get(collection);
		if (kept && time - kept.at < maxAgeMs) return kept.value;
		const value = list(collection);
		recent.set(collection, { at: time, value });
		return value;
	};
}
