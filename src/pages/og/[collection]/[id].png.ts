import type { APIRoute, GetStaticPaths } from 'astro';
import { essays, projects, updates } from '../../../data/entries';
import { siteContext } from '../../../data/site-context';
import { cacheKey } from '../../../lib/content/cache-key';
import { collectGarbage } from '../../../lib/memory/collect-garbage';
import type { OgImageText } from '../../../lib/seo/og-image';
import { ogImagePng } from '../../../lib/seo/og-png';
import { ogImages } from '../../../lib/view/og-images';

// One link-preview PNG per essay and update, drawn from an SVG template at build time: /og/essays/<slug>.png.
export const getStaticPaths = (async () => {
	const [allEssays, allUpdates, allProjects] = await Promise.all([essays(), updates(), projects()]);
	const images = ogImages({
		settings: (await siteContext()).settings,
		essays: allEssays,
		updates: allUpdates,
		projects: allProjects,
	});
	// The image is drawn from `text` alone, so that is its incremental-build key: unchanged images are reused.
	return images.map(({ params, text }) => ({ params, props: { text }, cacheKey: cacheKey(text) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: OgImageText }> = ({ props }) => {
	const png = ogImagePng(props.text);
	// The 1200×630 pixel buffer (3 MB) lives outside V8's heap until the renderer objects are collected, and V8 cannot
	// see it, so hundreds would pile up between its own collections; a young-generation collection costs well under 1 ms.
	collectGarbage('young');
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
