import { XMLParser } from 'fast-xml-parser';
import { isIndexable, sitePath } from '../../../src/lib/seo/indexing.ts';
import type { Problem } from '../problem.ts';
import { decodedUrl, pageUrlPath, type BuiltSite } from './types.ts';

/** The `<loc>` URLs of sitemap files (an index's children are read from `files`); non-sitemap XML is ignored. */
export function sitemapUrls(xmlFiles: readonly string[]): string[] {
	const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
	return xmlFiles.flatMap((xml) => {
		const doc = parser.parse(xml) as { urlset?: { url?: { loc: string }[] } };
		return (doc.urlset?.url ?? []).map((url) => String(url.loc));
	});
}

/**
 * Checks the sitemap lists exactly the pages search engines should index: every page without
 * `<meta name="robots" content="noindex">` and nothing else, each by its absolute URL under the base.
 */
export function checkSitemap(site: BuiltSite, urls: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const listed = new Set(urls.map(decodedUrl));
	const expected = new Set<string>();
	for (const [file, html] of site.pages) {
		const path = pageUrlPath(file, site.base);
		const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
		if (noindex !== !isIndexable(sitePath(path, site.base))) {
			problems.push({
				file,
				message: `robots noindex is ${noindex ? 'set' : 'missing'}, which disagrees with isIndexable()`,
			});
		}
		if (noindex) continue;
		const url = site.site + path;
		expected.add(url);
		if (!listed.has(url)) problems.push({ file, message: `${url} is not in the sitemap` });
	}
	for (const url of listed) {
		if (!expected.has(url))
			problems.push({ file: 'sitemap-0.xml', message: `lists ${url}, which is not an indexable page` });
	}
	return problems;
}
