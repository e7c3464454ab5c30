import { interfaceOf } from '../lib/i18n';
import { memoise } from '../lib/memoise';
import type { SiteContext } from '../lib/view/context';
import { settings } from '../settings';
import { siteSettings } from './site';

/** The settings and address every view model is built with (src/lib/view/), from content/site.yaml. */
export const siteContext: () => Promise<SiteContext> = memoise(
	async () => {
		const site = await siteSettings();
		return {
			settings: site,
			site: settings.site,
			base: settings.base,
			// Served by src/pages/[image].png.ts from the share image content/site.yaml names (or one drawn for it).
			shareImage: { path: '/og-default.png', alt: site.shareImage.alt },
			t: interfaceOf(site.locale),
		};
	},
	{ enabled: !settings.preview },
);
