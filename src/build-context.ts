import { parseNow, type VisibilityOptions } from './lib/content/visibility';

/**
 * The build's clock and draft switch, read once. Tests and CI pin the clock with LAB_ESSAYS_NOW;
 * the dev server shows drafts and scheduled entries so editors can preview them.
 */
export const visibility: VisibilityOptions = {
	now: parseNow(process.env.LAB_ESSAYS_NOW, new Date()),
	includeDrafts: __LAB_ESSAYS_PREVIEW__,
};
