import { HIGHLIGHT_PARAM } from '../../lib/search/highlight';
import type { Pagefind } from '../../lib/search/pagefind-types';
import { withBase } from '../../lib/urls';

/** Thrown when the index cannot be loaded; its message is shown to the reader as it is. */
export class SearchUnavailableError extends Error {
	override name = 'SearchUnavailableError';
}

/** Ranking tuned for this site; see README "Search" for why. Pagefind's defaults apply to anything not set. */
const RANKING = {
	// Title matches count ×8 (Pagefind's default is ×5): a query made of an essay's title words finds that essay
	// first, ahead of updates that mention the title in their text.
	metaWeights: { title: 8 },
};

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind from `<base>pagefind/pagefind.js` once, with the site's base for result URLs and the
 * highlight parameter on every result link.
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= load().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

async function load(): Promise<Pagefind> {
	// Decided by the command, not NODE_ENV (which test runners set): see src/integrations/preview-mode.ts.
	if (__LAB_ESSAYS_PREVIEW__) {
		throw new SearchUnavailableError(
			'Search works on the built site only: the dev server has no search index. Run npm run build, then npm run preview.',
		);
	}
	const base = withBase('/', import.meta.env.BASE_URL);
	let pagefind: Pagefind;
	try {
		pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
	} catch {
		throw new SearchUnavailableError(
			'The search index could not be loaded. Check your connection and reload the page, or browse the essays, projects and updates.',
		);
	}
	await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, ranking: RANKING });
	// Start fetching the WebAssembly and the page list now (the box was just focused), not at the first keystroke.
	void pagefind.init().catch(() => {});
	return pagefind;
}
