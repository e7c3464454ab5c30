import type { APIRoute, GetStaticPaths } from 'astro';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { essays, projects, updates } from '../../../data/entries';
import { siteContext } from '../../../data/site-context';
import { cacheKey } from '../../../lib/content/cache-key';
import type { OgImageText } from '../../../lib/seo/og-image';
import { ogPngPool } from '../../../lib/seo/og-png-pool';
import { ogImages, type OgImage } from '../../../lib/view/og-images';

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

// The images are drawn on worker threads, one per core, while the main thread goes on generating pages (the build
// keeps several in flight: `build.concurrency` in astro.config.mjs). This module is bundled into the build's
// chunks, so the worker is started from its source file, found from the project root (Astro's, the working folder).
const pool = ogPngPool({
	workerFile: path.resolve('src/lib/seo/og-png-worker.ts'),
	size: Math.max(1, availableParallelism()),
});

export const GET: APIRoute<{ text: OgImageText }, OgImage['params']> = async ({ params, props }) => {
	try {
		const png = await pool.draw(props.text);
		return new Response(png, { headers: { 'Content-Type': 'image/png' } });
	} catch (error) {
		const image = `/og/${params.collection}/${params.id}.png`;
		throw new Error(`The link-preview image ${image} could not be drawn: ${(error as Error).message}`, {
			cause: error,
		});
	}
};
