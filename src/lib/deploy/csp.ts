import { createHash } from 'node:crypto';

/**
 * Script sources every page needs: the site's own files, plus `'wasm-unsafe-eval'` because Pagefind compiles its
 * WebAssembly search engine in the page (and in its worker). No `'unsafe-inline'`: inline scripts are allowed by hash.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources: the site's own stylesheets; inline `<style>` blocks are allowed by hash. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The directives besides script-src and style-src, valid both in the `_headers` policy and in the `<meta>` policy
 * Astro's `security.csp` writes. Pagefind starts a worker from `pagefind/pagefind-worker.js` (worker-src 'self')
 * and fetches its index (connect-src 'self'); fonts and images are self-hosted. The one other origin is the
 * privacy-enhanced YouTube player, framed only when a reader chooses to play a video.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"media-src 'self'",
	// Only after a reader presses play on a video facade (src/components/mdx/Video.astro); nothing loads before.
	'frame-src https://www.youtube-nocookie.com',
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** The img-src directive that adds other sites' images to a page's policy: `img-src https://images.example.org`. */
export const imageDirective = (origins: readonly string[]): `img-src ${string}` => `img-src ${origins.join(' ')}`;

/** Directives a `<meta>` policy cannot carry (browsers ignore them there and warn), so only the header has them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The CSP source for an inline script or style body: `'sha256-…'`, as browsers compute it over the exact text. */
export function cspHash(content: string): string {
	return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * The full policy for the `_headers` file: the shared directives plus the hashes of every inline script and style,
 * and the other sites whose images some page shows (`imageSources`, as the pages' own policies allow them).
 */
export function contentSecurityPolicy({
	scriptHashes = [],
	styleHashes = [],
	imageSources = [],
}: {
	scriptHashes?: readonly string[];
	styleHashes?: readonly string[];
	imageSources?: readonly string[];
}): string {
	const unique = (items: readonly string[]) => [...new Set(items)].sort();
	const images = (directive: string) =>
		directive.startsWith('img-src ') && imageSources.length
			? `${directive} ${unique(imageSources).join(' ')}`
			: directive;
	return [
		...CSP_DIRECTIVES.map(images),
		['script-src', ...SCRIPT_SOURCES, ...unique(scriptHashes)].join(' '),
		['style-src', ...STYLE_SOURCES, ...unique(styleHashes)].join(' '),
		...HEADER_ONLY_DIRECTIVES,
	].join('; ');
}
