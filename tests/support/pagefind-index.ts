import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind stored for one page: the text it indexed, its filters and metadata. */
export interface IndexedPage {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	anchors: { element: string; id: string; text?: string }[];
}

/**
 * Reads every page record of a built Pagefind index (`<dist>/pagefind/fragment/*.pf_fragment`: gzip, a
 * `pagefind_dcd` signature, then JSON), so tests can assert on exactly what search can find.
 */
export function indexedPages(distDir: string): IndexedPage[] {
	const folder = path.join(distDir, 'pagefind', 'fragment');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.pf_fragment'))
		.map((file) => {
			const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
			if (!text.startsWith('pagefind_dcd')) throw new Error(`${file} is not a Pagefind fragment.`);
			return JSON.parse(text.slice('pagefind_dcd'.length)) as IndexedPage;
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}
