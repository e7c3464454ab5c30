import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { headersFor, parseHeaders } from '../../src/lib/deploy/headers-file.ts';
import { fragmentUrl } from './verify/search-index.ts';
import { sitemapUrls } from './verify/sitemap.ts';
import type { BuiltExtras, BuiltSite } from './verify/index.ts';
import { listFiles } from '../../src/integrations/list-files.ts';

/** Reads a built folder into what the verification checks take. */
export async function readBuiltSite(
	dir: string,
	{ site, base }: { site: string; base: string },
): Promise<{ site: BuiltSite; extras: BuiltExtras }> {
	const files = await listFiles(dir);
	const read = (file: string) => readFile(path.join(dir, file), 'utf8');
	const pages = new Map<string, string>();
	for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')))
		pages.set(file, await read(file));
	const sitemaps = await Promise.all(files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(read));
	const fragments = files.filter((f) => f.startsWith('pagefind/fragment/'));
	const indexedUrls = await Promise.all(fragments.map(async (f) => fragmentUrl(await readFile(path.join(dir, f)))));
	const entryFile = path.join(dir, 'pagefind/pagefind-entry.json');
	const entry = existsSync(entryFile)
		? (JSON.parse(await read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> })
		: { languages: {} };
	const headersText = files.includes('_headers') ? await read('_headers') : '';
	return {
		site: { files: new Set(files), pages, site, base },
		extras: {
			sitemapUrls: sitemapUrls(sitemaps),
			indexedUrls,
			indexPageCount: Object.values(entry.languages).reduce((sum, lang) => sum + lang.page_count, 0),
			headerPolicy: headersFor(parseHeaders(headersText), base)['content-security-policy'] ?? '',
		},
	};
}
