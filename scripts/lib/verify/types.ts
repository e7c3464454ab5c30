/** A built site, read into memory: what every check works over. */
export interface BuiltSite {
	/** Every file, relative to the output folder with `/` separators: `'essays/x/index.html'`, `'_astro/a.css'`. */
	files: ReadonlySet<string>;
	/** Every HTML page's text, keyed like `files`. */
	pages: ReadonlyMap<string, string>;
	/** The public origin, `https://lab-essays.example.org`. */
	site: string;
	/** The base, `/` or `/lab-essays/`. */
	base: string;
}

/** The URL path a page file is served at: `'essays/x/index.html'` => `'/lab-essays/essays/x/'`. */
export function pageUrlPath(file: string, base: string): string {
	return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * A URL as a reader's browser shows it, for comparing URLs written two ways: the sitemap and Pagefind percent-encode
 * a non-ASCII path (`/caf%C3%A9/`), the page files do not (`/café/`).
 */
export function decodedUrl(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}
