import type { SiteSettings } from '../schemas/site.ts';

/** The web manifest (`/site.webmanifest`) of a site: its names and colours, and the icons beside it. */
export function webManifest(site: Pick<SiteSettings, 'manifest'>): Record<string, unknown> {
	const { name, shortName, description, backgroundColor, themeColor } = site.manifest;
	return {
		name,
		short_name: shortName,
		description,
		// Relative to the manifest, so the site works under any base path.
		start_url: './',
		scope: './',
		display: 'browser',
		background_color: backgroundColor,
		theme_color: themeColor,
		icons: [
			{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
		],
	};
}
