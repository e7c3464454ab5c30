/** One measured search: milliseconds from the query entering the box to the first result on screen, and bytes. */
export interface SearchSample {
	ms: number;
	/** Bytes on the wire (compressed, headers excluded) for every request the search made. */
	bytes: number;
	requests: number;
}

/** Goals from issue 5: a warm search shows results within 100 ms and fetches at most 150 KB. */
export const GOALS = { warmMs: 100, kb: 150 } as const;

/** The median of a non-empty list: `median([3, 1, 2]) => 2`, `median([1, 2, 3, 4]) => 2.5`. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median() needs at least one value.');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Medians of a set of samples. */
export function summarise(samples: readonly SearchSample[]): SearchSample {
	return {
		ms: Math.round(median(samples.map((s) => s.ms))),
		bytes: Math.round(median(samples.map((s) => s.bytes))),
		requests: Math.round(median(samples.map((s) => s.requests))),
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The printed table: one row per scenario, medians, with the goal each warm row is held to. */
export function formatSearchTable(rows: readonly { scenario: string; result: SearchSample; warm: boolean }[]): string {
	const lines = [
		'| Scenario | Typing → first results | Transferred | Requests | Goal |',
		'| --- | --: | --: | --: | --- |',
	];
	for (const { scenario, result, warm } of rows) {
		const goal = warm
			? `≤ ${GOALS.warmMs} ms, ≤ ${GOALS.kb} KB: ${result.ms <= GOALS.warmMs && result.bytes <= GOALS.kb * 1024 ? 'met' : 'missed'}`
			: `≤ ${GOALS.kb} KB: ${result.bytes <= GOALS.kb * 1024 ? 'met' : 'missed'}`;
		lines.push(`| ${scenario} | ${result.ms} ms | ${kb(result.bytes)} | ${result.requests} | ${goal} |`);
	}
	return lines.join('\n');
}
