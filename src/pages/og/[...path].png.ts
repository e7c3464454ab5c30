import type { APIRoute, GetStaticPaths } from 'astro';
import { essays, projects, updates } from '../../data/entries';
import { siteSettings } from '../../data/site';
import { cacheKey } from '../../lib/content/cache-key';
import { formatMonth } from '../../lib/format';
import { collectGarbage } from '../../lib/memory/collect-garbage';
import type { OgImageText } from '../../lib/seo/og-image';
import { ogImagePng } from '../../lib/seo/og-png';

// One link-preview PNG per essay and update, drawn from an SVG template at build time: /og/essays/<slug>.png.
export const getStaticPaths = (async () => {
	const [allEssays, allUpdates, allProjects, site] = await Promise.all([
		essays(),
		updates(),
		projects(),
		siteSettings(),
	]);
	const projectTitle = (id: string) => allProjects.find((p) => p.id === id)?.data.title ?? '';
	const footer = (date: Date) => `${site.organisation} · ${formatMonth(date)}`;
	const images: { path: string; text: OgImageText }[] = [
		...allEssays.map((e) => ({
			path: `essays/${e.id}`,
			text: {
				kicker: `Essay ${e.data.number} · ${projectTitle(e.data.project.id)}`,
				title: e.data.title,
				footer: footer(e.data.published),
			},
		})),
		...allUpdates.map((u) => ({
			path: `updates/${u.id}`,
			text: { kicker: `${site.title} · Update`, title: u.data.title, footer: footer(u.data.published) },
		})),
	];
	// The image is drawn from `text` alone, so that is its incremental-build key: unchanged images are reused.
	return images.map(({ path, text }) => ({ params: { path }, props: { text }, cacheKey: cacheKey(text) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: OgImageText }> = ({ props }) => {
	const png = ogImagePng(props.text);
	// The 1200×630 pixel buffer (3 MB) lives outside V8's heap until the renderer objects are collected, and V8 cannot
	// see it, so hundreds would pile up between its own collections; a young-generation collection costs well under 1 ms.
	collectGarbage('young');
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
