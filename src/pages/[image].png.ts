import type { APIRoute, GetStaticPaths } from 'astro';
import { defaultShareImage, siteIcon } from '../data/site';

// The PNG icons and the default link-preview image, from content/site.yaml (src/data/site.ts).
const IMAGES = {
	'apple-touch-icon': () => siteIcon('apple-touch-icon.png'),
	'icon-192': () => siteIcon('icon-192.png'),
	'icon-512': () => siteIcon('icon-512.png'),
	'og-default': defaultShareImage,
} as const;

export const getStaticPaths = (() =>
	Object.keys(IMAGES).map((image) => ({ params: { image } }))) satisfies GetStaticPaths;

export const GET: APIRoute<never, { image: keyof typeof IMAGES }> = async ({ params }) =>
	new Response(await IMAGES[params.image](), { headers: { 'Content-Type': 'image/png' } });
