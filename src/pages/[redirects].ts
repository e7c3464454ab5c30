import type { APIRoute } from 'astro';
import { essays, listingPageKey } from '../data/entries';
import { redirectsFile } from '../lib/deploy/redirects';
import { movedAddresses } from '../lib/urls';
import { settings } from '../settings';

// Writes dist/_redirects (a file name Astro cannot route directly, since files starting with _ are private).
export const getStaticPaths = async () => [{ params: { redirects: '_redirects' }, cacheKey: await listingPageKey() }];

export const GET: APIRoute = async () =>
	new Response(
		redirectsFile({
			base: settings.base,
			moved: movedAddresses({ essays: (await essays()).map((e) => e.id) }),
		}),
	);
