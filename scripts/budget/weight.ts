import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { WeightReport } from './checks.ts';
import { fontUrls, pageAssets } from './page-assets.ts';

/** Compressed sizes of some bytes: gzip at level 9 and brotli at quality 11, as a static host would serve them. */
export function compressedSizes(bytes: Uint8Array): { gzip: number; brotli: number } {
	return {
		gzip: gzipSync(bytes, { level: 9 }).length,
		brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}

/**
 * Weighs a built page as a first visit downloads it: the HTML, each linked stylesheet, and every font the page
 * preloads or its stylesheets refer to, each file compressed on its own.
 * `base` is the site's base path, so `/lab-essays/_astro/x.css` maps to `<dist>/_astro/x.css`.
 */
export async function pageWeight(dist: string, file: string, base = '/'): Promise<WeightReport> {
	const html = await readFile(path.join(dist, file));
	const assets = pageAssets(html.toString('utf8'));
	const local = (url: string) => path.join(dist, url.replace(/^https?:\/\/[^/]+/, '').replace(base, '/'));
	const files: Uint8Array[] = [html];
	const fonts = new Set(assets.preloadedFonts);
	for (const href of assets.stylesheets) {
		const css = await readFile(local(href));
		files.push(css);
		for (const font of fontUrls(css.toString('utf8'))) fonts.add(new URL(font, `http://x${href}`).pathname);
	}
	for (const font of fonts) files.push(await readFile(local(font)));
	const report: WeightReport = { page: file, files: files.length, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
	for (const bytes of files) {
		const { gzip, brotli } = compressedSizes(bytes);
		report.rawBytes += bytes.length;
		report.gzipBytes += gzip;
		report.brotliBytes += brotli;
	}
	return report;
}
