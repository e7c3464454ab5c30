import type { SiteContext } from '../lib/view/context';
import { SITE } from '../site.config';

/** The settings and address every view model is built with (src/lib/view/). */
export const siteContext: SiteContext = {
	settings: SITE,
	site: import.meta.env.SITE,
	base: import.meta.env.BASE_URL,
	// The default link-preview image in public/.
	shareImage: { path: '/og-default.png', alt: 'Lab Essays, from the Q Improvement Lab' },
};
