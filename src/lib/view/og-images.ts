import { formatMonth } from '../format.ts';
import type { OgImageText } from '../seo/og-image.ts';
import type { SiteSettings } from './context.ts';
import type { EssayEntry, ProjectEntry, UpdateEntry } from './entries.ts';

/** One link-preview image: the route parameters of `paths.ogImage(collection, id)` and what the image says. */
export interface OgImage {
	params: { collection: 'essays' | 'updates'; id: string };
	text: OgImageText;
}

/** The link-preview image of every essay and update: kicker, title, and publisher with the month at the foot. */
export function ogImages({
	settings,
	essays,
	updates,
	projects,
}: {
	settings: SiteSettings;
	essays: readonly EssayEntry[];
	updates: readonly UpdateEntry[];
	projects: readonly ProjectEntry[];
}): OgImage[] {
	const projectTitle = (id: string) => projects.find((p) => p.id === id)?.data.title ?? '';
	const footer = (date: Date) => `${settings.organisation} · ${formatMonth(date)}`;
	return [
		...essays.map((e) => ({
			params: { collection: 'essays' as const, id: e.id },
			text: {
				kicker: `Essay ${e.data.number} · ${projectTitle(e.data.project.id)}`,
				title: e.data.title,
				footer: footer(e.data.published),
			},
		})),
		...updates.map((u) => ({
			params: { collection: 'updates' as const, id: u.id },
			text: { kicker: `${settings.title} · Update`, title: u.data.title, footer: footer(u.data.published) },
		})),
	];
}
