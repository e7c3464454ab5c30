import { withBase } from './lib/urls';

/** A site-relative path under the configured base, for templates: `href(paths.essays())`. */
export const href = (path: string): string => withBase(path, import.meta.env.BASE_URL);
