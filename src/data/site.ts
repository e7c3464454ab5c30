import { getEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { memoise } from '../lib/memoise';
import type { SiteSettings } from '../lib/schemas/site';
import { ogImagePng } from '../lib/seo/og-png';
import { drawIcon, neutralIconSvg, type DrawnIcon } from '../lib/site/icons';
import { settings } from '../settings';

// The dev server re-reads on every request, so an edit to content/site.yaml shows on the next page.
const perBuild = { enabled: !settings.preview };
const settingsFile = () => path.join(settings.contentDir, 'site.yaml');

/** The site's settings from content/site.yaml, with every left-out wording filled in. */
export const siteSettings: () => Promise<SiteSettings> = memoise(async () => {
	const entry = await getEntry('site', 'site');
	if (!entry) {
		throw new Error(
			`${settingsFile()} is missing or is not valid YAML: every site needs one, with at least title, organisation, ` +
				'description and locale. Run `npm run check` to see what is wrong (see README, "Start your own site").',
		);
	}
	return entry.data;
}, perBuild);

/** A file named in content/site.yaml, read from the content folder; a missing one is an error naming the field. */
async function settingsAsset(field: string, file: string): Promise<Uint8Array<ArrayBuffer>> {
	try {
		return new Uint8Array(await readFile(path.resolve(settings.contentDir, file)));
	} catch {
		throw new Error(
			`${settingsFile()}: **${field}**: there is no file ${path.join(settings.contentDir, file)}. ` +
				'Add it, or correct the path (it is relative to the content folder, e.g. site/favicon.svg).',
		);
	}
}

const ICON_FIELDS = {
	'favicon.svg': 'svg',
	'favicon.ico': 'ico',
	'apple-touch-icon.png': 'appleTouch',
	'icon-192.png': 'png192',
	'icon-512.png': 'png512',
} as const satisfies Record<DrawnIcon | 'favicon.svg', keyof SiteSettings['icons']>;

/** The site's icon served at `name`: its own file, else drawn from its SVG, else from a neutral SVG. */
export async function siteIcon(name: keyof typeof ICON_FIELDS): Promise<Uint8Array<ArrayBuffer>> {
	const site = await siteSettings();
	const field = ICON_FIELDS[name];
	const own = site.icons[field];
	if (own) return settingsAsset(`icons.${field}`, own);
	const svg = site.icons.svg
		? new TextDecoder().decode(await settingsAsset('icons.svg', site.icons.svg))
		: neutralIconSvg(site.manifest.themeColor);
	return name === 'favicon.svg' ? new TextEncoder().encode(svg) : drawIcon(name, svg);
}

/** The link-preview image of pages without their own: the site's file, else one drawn with its title. */
export async function defaultShareImage(): Promise<Uint8Array<ArrayBuffer>> {
	const site = await siteSettings();
	if (site.shareImage.file) return settingsAsset('shareImage.file', site.shareImage.file);
	return ogImagePng({ kicker: site.organisation, title: site.title, footer: new URL(settings.site).host });
}
