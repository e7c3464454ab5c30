/** What decides whether an entry is part of a build. */
export interface VisibilityOptions {
	/** The moment the build treats as now; entries dated after it are scheduled, not published. */
	now: Date;
	/** Show drafts and scheduled entries (the dev server does, so editors can preview them). */
	includeDrafts: boolean;
}

/** Whether an entry appears in listings, routes, feeds and the search index at `now`. */
export function isVisible(
	entry: { draft?: boolean; published?: Date },
	{ now, includeDrafts }: VisibilityOptions,
): boolean {
	if (includeDrafts) return true;
	if (entry.draft) return false;
	return !entry.published || entry.published.getTime() <= now.getTime();
}

/** Why an entry would be hidden from a production build, or undefined when it would be published. */
export function hiddenReason(
	entry: { draft?: boolean; published?: Date },
	now: Date,
): 'draft' | 'scheduled' | undefined {
	if (entry.draft) return 'draft';
	if (entry.published && entry.published.getTime() > now.getTime()) return 'scheduled';
	return undefined;
}
