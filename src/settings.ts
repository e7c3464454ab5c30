import type { VisibilityOptions } from './lib/content/visibility.ts';
import { parseEnvironment, type Environment } from './lib/environment.ts';
import { withBase } from './lib/urls.ts';

declare global {
	/** True under `astro dev`; Vite defines it (src/integrations/preview-mode.ts). Undefined outside Vite (scripts). */
	const __LAB_ESSAYS_PREVIEW__: boolean | undefined;
}

/** How this build runs: the environment variables (read here once, nowhere else) and preview mode. */
export interface Settings extends Environment {
	/** The dev server previews drafts and scheduled entries; decided by the command, so NODE_ENV cannot publish one. */
	preview: boolean;
}

/** The one reading of `process.env`; a bad variable stops astro.config.mjs, the build and the scripts here. */
export const settings: Settings = {
	...parseEnvironment(process.env, new Date()),
	preview: typeof __LAB_ESSAYS_PREVIEW__ === 'boolean' && __LAB_ESSAYS_PREVIEW__,
};

/** The build's clock and draft switch, for filtering entries; tests and CI pin the clock with LAB_ESSAYS_NOW. */
export const visibility: VisibilityOptions = { now: settings.now, includeDrafts: settings.preview };

/** A site-relative path under the configured base, for templates: `href(paths.essays())`. */
export const href = (path: string): string => withBase(path, settings.base);
