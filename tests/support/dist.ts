import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of a built site, as site-relative paths: ['404.html', 'essays/index.html', …]. */
export function htmlFiles(distDir: string): string[] {
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

/** Parses a built page: `page(dist, '/essays/x/')` reads essays/x/index.html. */
export function page(distDir: string, urlPath: string): HTMLElement {
	const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	const file = path.join(distDir, relative);
	if (!existsSync(file)) throw new Error(`No built page at ${urlPath} (looked for ${file}).`);
	return parse(readFileSync(file, 'utf8'));
}
