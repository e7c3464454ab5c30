import { parse } from 'node-html-parser';

/** A script a page runs on load. */
export interface PageScript {
	/** `inline` code in the page, or an `external` file it loads. */
	kind: 'inline' | 'external';
	/** The file's address, for external scripts. */
	src?: string;
	/** The code, for inline scripts. */
	code?: string;
	/** Whether it is the theme script (marked data-page-script). */
	pageScript: boolean;
}

/** What a page loads on load that counts against the budget: scripts and stylesheets. */
export interface PageAssets {
	scripts: PageScript[];
	/** Addresses of stylesheets the page links. */
	stylesheets: string[];
	/** Addresses of fonts the page preloads. */
	preloadedFonts: string[];
}

/** Script types browsers do not run as JavaScript (data blocks such as JSON-LD). */
const DATA_TYPES = /^(application\/(ld\+)?json|importmap|speculationrules|text\/template)$/i;

/**
 * Lists what a built page loads on load: every script element browsers would run (data blocks such as JSON-LD
 * and scripts parked in an inert <template> excluded), module preloads, stylesheets and preloaded fonts.
 */
export function pageAssets(html: string): PageAssets {
	const root = parse(html);
	const scripts: PageScript[] = root
		.querySelectorAll('script')
		.filter((s) => !DATA_TYPES.test((s.getAttribute('type') ?? '').trim()))
		.filter((s) => !s.closest('template')) // inert until a script clones it, so not loaded on load
		.map((s) => {
			const src = s.getAttribute('src');
			const pageScript = s.hasAttribute('data-page-script');
			return src ? { kind: 'external', src, pageScript } : { kind: 'inline', code: s.rawText, pageScript };
		});
	for (const link of root.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]')) {
		scripts.push({ kind: 'external', src: link.getAttribute('href') ?? '', pageScript: false });
	}
	const stylesheets = root
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => l.getAttribute('href') ?? '')
		.filter(Boolean);
	const preloadedFonts = root
		.querySelectorAll('link[rel="preload"][as="font"]')
		.map((l) => l.getAttribute('href') ?? '')
		.filter(Boolean);
	return { scripts, stylesheets, preloadedFonts };
}

/** Font files a stylesheet refers to with url(): `fontUrls("src: url(/f.woff2)")` => ['/f.woff2']. */
export function fontUrls(css: string): string[] {
	return [...css.matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf))(?:[?#][^'")]*)?['"]?\s*\)/gi)].map((m) => m[1]!);
}
