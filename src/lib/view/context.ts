import type { Translator } from '../i18n/index.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { absoluteUrl, withBase } from '../urls.ts';

export type { SiteSettings };

/** Who publishes the site and where: what every view model needs besides its entries. */
export interface SiteContext {
	settings: SiteSettings;
	/** The public origin, e.g. `https://lab-essays.example.org`. */
	site: string | URL;
	/** The sub-path the site is served under, `/` or `/lab-essays/`. */
	base: string;
	/** The link-preview image of pages without their own: a site path to a 1200×630 PNG, and its alt text. */
	shareImage: { path: string; alt: string };
	/**
	 * The interface's words and formats in the site's language (src/lib/i18n/): `t('essay.position', { number, total })`,
	 * `t.month(date)`, `t.list(names)`, `t.locale`, `t.dir`.
	 */
	t: Translator;
}

/** Links for a site: `href('/essays/')` under the base, `absolute('/essays/')` with the origin too. */
export function linksFor({ site, base }: Pick<SiteContext, 'site' | 'base'>): {
	href: (path: string) => string;
	absolute: (path: string) => string;
} {
	return { href: (path) => withBase(path, base), absolute: (path) => absoluteUrl(path, site, base) };
}
