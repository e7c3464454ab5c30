import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './dist';

/**
 * An independent link check for build tests (deliberately not the build's own verifier): every root-relative
 * `href`/`src` on every page must start with `base`, name a built file, and any `#fragment` must be an id there.
 * Returns `'page: url'` lines for each failure.
 */
export function brokenInternalLinks(distDir: string, base: string): string[] {
	const broken: string[] = [];
	const ids = new Map<string, Set<string>>();
	const idsIn = (file: string) => {
		if (!ids.has(file)) {
			const root = parse(readFileSync(path.join(distDir, file), 'utf8'));
			ids.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.id)));
		}
		return ids.get(file)!;
	};
	for (const file of htmlFiles(distDir)) {
		const pageDir = `${base}${file.replace(/index\.html$/, '')}`;
		const root = parse(readFileSync(path.join(distDir, file), 'utf8'));
		const urls = [
			...root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
			...root.querySelectorAll('img[src], script[src]').map((el) => el.getAttribute('src')!),
		];
		for (const url of urls) {
			if (/^[a-z]+:|^\/\//i.test(url)) continue;
			const [pathPart = '', fragment] = (url.startsWith('#') ? pageDir + url : url).split('#');
			const pathname = pathPart.split('?')[0]!;
			if (!pathname.startsWith(base)) {
				broken.push(`${file}: ${url} (not under ${base})`);
				continue;
			}
			const rel = decodeURIComponent(pathname.slice(base.length));
			const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
			if (!existsSync(path.join(distDir, target))) broken.push(`${file}: ${url} (no ${target})`);
			else if (fragment && !idsIn(target).has(decodeURIComponent(fragment)))
				broken.push(`${file}: ${url} (no #${fragment})`);
		}
	}
	return broken;
}

/** The JSON-LD `@type`s a built page declares, from every `application/ld+json` script's `@graph`. */
export function jsonLdTypes(distDir: string, file: string): string[] {
	const root = parse(readFileSync(path.join(distDir, file), 'utf8'));
	return root
		.querySelectorAll('script[type="application/ld+json"]')
		.flatMap((script) => (JSON.parse(script.text) as { '@graph': { '@type': string }[] })['@graph'])
		.map((node) => node['@type']);
}
