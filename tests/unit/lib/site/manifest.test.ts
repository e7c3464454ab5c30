import { describe, expect, test } from 'vitest';
import { SiteSettingsSchema } from '../../../../src/lib/schemas';
import { webManifest } from '../../../../src/lib/site/manifest';

describe('webManifest', () => {
	test('names the site and its colours from the settings, with icons beside the manifest', () => {
		const site = SiteSettingsSchema.parse({
			title: 'Field Notes',
			organisation: 'Northfield Research Group',
			description: 'Essays and updates.',
			locale: 'en-GB',
			manifest: { shortName: 'Notes', themeColor: '#123456' },
		});
		expect(webManifest(site)).toEqual({
			name: 'Field Notes',
			short_name: 'Notes',
			description: 'Essays and updates.',
			start_url: './',
			scope: './',
			display: 'browser',
			background_color: '#ffffff',
			theme_color: '#123456',
			icons: [
				{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
				{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
			],
		});
	});
});
