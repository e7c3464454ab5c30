import { parse } from 'node-html-parser';
import { cspHash } from './csp.ts';

/** Script types that are data, not code: the browser never runs them, so the CSP does not cover them. */
const DATA_SCRIPT = /json$/i;

/** The inline scripts and `<style>` blocks of a page, exactly as the browser hashes them. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
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

/** CSP hashes of every inline script and style across pages, de-duplicated and sorted. */
export function inlineHashes(htmlPages: Iterable<string>): { scriptHashes: string[]; styleHashes: string[] } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const html of htmlPages) {
		const code = inlineCode(html);
		code.scripts.forEach((s) => scripts.add(cspHash(s)));
		code.styles.forEach((s) => styles.add(cspHash(s)));
	}
	return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() };
}
