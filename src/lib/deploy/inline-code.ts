import { parse } from 'node-html-parser';
import { cspHash } from './csp.ts';

/** Script types that are data, not code: the browser never runs them, so the CSP does not cover them. */
const DATA_SCRIPT = /json$/i;

/** CSP hashes of inline scripts and styles, each list de-duplicated and sorted. */
export interface InlineHashes {
	scriptHashes: string[];
	styleHashes: string[];
	/** Other sites a page's own policy lets it show images from (its `<meta>` img-src besides 'self'). */
	imageSources?: string[];
}

/** The inline scripts and `<style>` blocks of a page, exactly as the browser hashes them. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	// A page with neither element has nothing to hash; no DOM is needed to know it.
	if (!/<(script|style)/i.test(html)) return { scripts: [], styles: [] };
	const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
	const scripts = root
		.querySelectorAll('script:not([src])')
		.filter(
			(script) => !DATA_SCRIPT.test(script.getAttribute('type') ?? '') || script.getAttribute('type') === 'importmap',
		)
		.map((script) => script.rawText);
	const styles = root.querySelectorAll('style').map((style) => style.rawText);
	return { scripts, styles };
}

/** CSP hashes of one page's inline scripts and styles, and the other sites its own policy allows images from. */
export function pageInlineHashes(html: string): InlineHashes {
	const { scripts, styles } = inlineCode(html);
	return mergeInlineHashes([
		{ scriptHashes: scripts.map(cspHash), styleHashes: styles.map(cspHash), imageSources: metaImageSources(html) },
	]);
}

/** The sources besides 'self' in a page's `<meta>` policy's img-src: `['https://images.example.org']`. */
function metaImageSources(html: string): string[] {
	const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
	const directive = policy.split(';').find((part) => part.trim().startsWith('img-src '));
	return (directive?.trim().split(/\s+/).slice(1) ?? []).filter((source) => source !== "'self'");
}

/** The hashes of several pages together, de-duplicated and sorted. */
export function mergeInlineHashes(pages: Iterable<InlineHashes>): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const images = new Set<string>();
	for (const page of pages) {
		page.scriptHashes.forEach((s) => scripts.add(s));
		page.styleHashes.forEach((s) => styles.add(s));
		page.imageSources?.forEach((s) => images.add(s));
	}
	return {
		scriptHashes: [...scripts].sort(),
		styleHashes: [...styles].sort(),
		...(images.size ? { imageSources: [...images].sort() } : {}),
	};
}

/** CSP hashes of every inline script and style across pages, de-duplicated and sorted. */
export function inlineHashes(htmlPages: Iterable<string>): InlineHashes {
	return mergeInlineHashes([...htmlPages].map(pageInlineHashes));
}
