import { faqFromMarkdown } from '../seo/faq.ts';
import { faqPage } from '../seo/json-ld.ts';
import type { IndexedEntry } from '../search/index-record.ts';
import { entryPath, paths } from '../urls.ts';
import type { SiteContext } from './context.ts';
import type { PageEntry } from './entries.ts';
import { pageHead, type PageHead } from './head.ts';

/** Everything a standalone page (content/pages/) shows around its body. */
export interface StandalonePage {
	head: PageHead;
	searchRecord: IndexedEntry;
}

/** The page whose `##` headings are questions, published as a schema.org `FAQPage`. */
export const FAQ_PAGE_ID = 'about';

/** The view model of a standalone page: `standalonePage(page, { site })`. */
export function standalonePage(page: PageEntry, { site }: { site: SiteContext }): StandalonePage {
	const faq = page.id === FAQ_PAGE_ID ? faqFromMarkdown(page.body ?? '') : [];
	return {
		head: pageHead(
			{
				title: page.data.title,
				description: page.data.summary,
				path: entryPath('pages', page.id) ?? paths.page(page.id),
				nodes: faq.length > 0 ? [faqPage(faq)] : [],
			},
			site,
		),
		searchRecord: { type: 'Page' },
	};
}
