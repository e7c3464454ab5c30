/** Newest first by `published`, ties broken by title so the order never depends on file order. */
export function byNewest<T extends { data: { published: Date; title: string } }>(a: T, b: T): number {
	return b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title);
}

// A build hands every page the same frozen arrays (src/data/entries.ts), and each essay page asks for its series
// and the project labels: for frozen arrays those are worked out once per array, not once per page, which kept
// page rendering linear in the number of essays. Arrays that are not frozen may change, so they are never cached.
const seriesIndexes = new WeakMap<readonly object[], Map<string, object[]>>();
const labelMaps = new WeakMap<readonly object[], ReadonlyMap<string, string>>();

/** Essays of one project in series order: `seriesOf(essays, 'peer-support')`. */
export function seriesOf<T extends { data: { project: { id: string } | string; number: number } }>(
	essays: readonly T[],
	projectId: string,
): T[] {
	if (!Object.isFrozen(essays)) return seriesIndex(essays).get(projectId) ?? [];
	let index = seriesIndexes.get(essays);
	if (!index) {
		// Shared by every later caller, so frozen: copy before sorting.
		index = seriesIndex(essays);
		for (const list of index.values()) Object.freeze(list);
		seriesIndexes.set(essays, index);
	}
	return (index.get(projectId) ?? []) as T[];
}

/** Every project's series at once: project id → its essays in series order. */
function seriesIndex<T extends { data: { project: { id: string } | string; number: number } }>(
	essays: readonly T[],
): Map<string, T[]> {
	const byProject = new Map<string, T[]>();
	for (const essay of essays) {
		const id = referenceId(essay.data.project);
		const list = byProject.get(id);
		if (list) list.push(essay);
		else byProject.set(id, [essay]);
	}
	for (const list of byProject.values()) list.sort((a, b) => a.data.number - b.data.number);
	return byProject;
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
export function projectLabels<T extends { id: string; data: { start: Date } }>(
	projects: readonly T[],
): ReadonlyMap<string, string> {
	if (!Object.isFrozen(projects)) return labelsOf(projects);
	let labels = labelMaps.get(projects);
	if (!labels) labelMaps.set(projects, (labels = labelsOf(projects)));
	return labels;
}

/** The labels, worked out afresh. */
function labelsOf(projects: readonly { id: string; data: { start: Date } }[]): Map<string, string> {
	const ordered = [...projects].sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
	return new Map(ordered.map((project, index) => [project.id, `Project ${ORDINALS[index] ?? index + 1}`]));
}
