/** Newest first by `published`, ties broken by title so the order never depends on file order. */
export function byNewest<T extends { data: { published: Date; title: string } }>(a: T, b: T): number {
	return b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title);
}

/** Essays of one project in series order: `seriesOf(essays, 'peer-support')`. */
export function seriesOf<T extends { data: { project: { id: string } | string; number: number } }>(
	essays: readonly T[],
	projectId: string,
): T[] {
	return essays
		.filter((essay) => referenceId(essay.data.project) === projectId)
		.sort((a, b) => a.data.number - b.data.number);
}

/** The essays either side of `current` in its series. */
export function neighboursInSeries<T extends { id: string; data: { project: { id: string } | string; number: number } }>(
	essays: readonly T[],
	current: T,
): { previous?: T; next?: T } {
	const series = seriesOf(essays, referenceId(current.data.project));
	const index = series.findIndex((essay) => essay.id === current.id);
	return { previous: series[index - 1], next: series[index + 1] };
}

/** The id a reference points at, whether Astro resolved it to `{ collection, id }` or left a string. */
export function referenceId(ref: { id: string } | string): string {
	return typeof ref === 'string' ? ref : ref.id;
}

const ORDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The series label of each project, derived from the order projects started in:
 * the first becomes "Project one", the second "Project two".
 */
export function projectLabels<T extends { id: string; data: { start: Date } }>(projects: readonly T[]): Map<string, string> {
	const ordered = [...projects].sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
	return new Map(ordered.map((project, index) => [project.id, `Project ${ORDINALS[index] ?? index + 1}`]));
}
