/** The facets readers can narrow a search by, in the order the search page shows them. */
export const FILTER_GROUPS = ['type', 'project', 'year', 'tag'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** Each content type's filter value, as the layouts record it and the search page shows it. */
export const CONTENT_TYPES = ['Essay', 'Project', 'Update', 'Page'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The values a reader has ticked, per group: `{ type: ['Essay'], project: [], year: ['2018'], tag: [] }`. */
export type SelectedFilters = Record<FilterGroup, string[]>;

/** How many results carry each value of each filter, as Pagefind reports it: `{ type: { Essay: 6 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A Pagefind filter object: every group must match (AND), any ticked value within a group will do (OR). */
export type PagefindFilters = Partial<Record<FilterGroup, { any: string[] }>>;

/** Human labels for the filter groups. */
export const GROUP_LABELS: Record<FilterGroup, string> = {
	type: 'Content type',
	project: 'Project',
	year: 'Year',
	tag: 'Topic',
};

/** No filter ticked. */
export function noFilters(): SelectedFilters {
	return { type: [], project: [], year: [], tag: [] };
}

/** Whether any filter is ticked. */
export function hasFilters(filters: SelectedFilters): boolean {
	return FILTER_GROUPS.some((group) => filters[group].length > 0);
}

/**
 * The Pagefind `filters` option for a selection, optionally leaving one group out
 * (to count that group's values as if it were not yet narrowed): `{ type: { any: ['Essay'] } }`.
 */
export function toPagefindFilters(filters: SelectedFilters, except?: FilterGroup): PagefindFilters {
	const result: PagefindFilters = {};
	for (const group of FILTER_GROUPS) {
		if (group !== except && filters[group].length > 0) result[group] = { any: [...filters[group]] };
	}
	return result;
}

/**
 * The groups whose counts need a search of their own. Within a group values are alternatives (OR), so a
 * ticked group's counts must come from a search that leaves that group out, or every other value would count 0.
 */
export function groupsNeedingOwnCounts(filters: SelectedFilters): FilterGroup[] {
	return FILTER_GROUPS.filter((group) => filters[group].length > 0);
}

/** Counts for every group: ticked groups from their own search (`own`), the rest from the main search. */
export function mergeCounts(main: FilterCounts, own: Partial<Record<FilterGroup, FilterCounts>>): FilterCounts {
	const merged: FilterCounts = {};
	for (const group of FILTER_GROUPS) merged[group] = { ...(own[group]?.[group] ?? main[group] ?? {}) };
	return merged;
}

/** One tick box of the filter panel. */
export interface FilterOption {
	value: string;
	count: number;
	selected: boolean;
}

/** One group of tick boxes. */
export interface FilterGroupView {
	group: FilterGroup;
	label: string;
	options: FilterOption[];
}

const byContentType = (a: string, b: string) =>
	rank(CONTENT_TYPES as readonly string[], a) - rank(CONTENT_TYPES as readonly string[], b) || a.localeCompare(b);
const rank = (order: readonly string[], value: string) => {
	const index = order.indexOf(value);
	return index === -1 ? order.length : index;
};
const ORDER: Record<FilterGroup, (a: string, b: string) => number> = {
	type: byContentType,
	project: (a, b) => a.localeCompare(b, 'en-GB'),
	year: (a, b) => b.localeCompare(a),
	tag: (a, b) => a.localeCompare(b, 'en-GB'),
};

/**
 * The filter panel: every value the index knows (`all`, from `pagefind.filters()`), with its count for the
 * current search. Values that would give no results are left out unless ticked, so a reader can untick them.
 */
export function filterPanel(all: FilterCounts, counts: FilterCounts, selected: SelectedFilters): FilterGroupView[] {
	return FILTER_GROUPS.map((group) => {
		const values = new Set([...Object.keys(all[group] ?? {}), ...selected[group]]);
		const options = [...values]
			.sort(ORDER[group])
			.map((value) => ({ value, count: counts[group]?.[value] ?? 0, selected: selected[group].includes(value) }))
			.filter((option) => option.selected || option.count > 0);
		return { group, label: GROUP_LABELS[group], options };
	}).filter((view) => view.options.length > 0);
}
