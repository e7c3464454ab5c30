import { authors as allAuthors, essays, pages, projects, updates } from '../../data/entries';
import { siteSettings } from '../../data/site';
import { faqFromMarkdown } from '../../lib/seo/faq';
import { isIndexable, sitePath } from '../../lib/seo/indexing';
import { article, breadcrumbList, faqPage, jsonLdDocument, organization, type JsonLdNode } from '../../lib/seo/json-ld';
import { socialMeta, type MetaTag } from '../../lib/seo/meta';
import { absoluteUrl, paths } from '../../lib/urls';

/** The default link-preview image, 1200×630, from content/site.yaml (src/pages/[image].png.ts). */
const SOCIAL_IMAGE_PATH = '/og-default.png';

/** An essay's or update's own preview image, drawn by src/pages/og/[...path].png.ts: `/essays/x/` => `/og/essays/x.png`. */
const ogImagePath = (path: string) => `/og${path.replace(/\/$/, '')}.png`;

export interface PageSeo {
	/** Absent on the 404 page, which is served at any missing address. */
	canonical: string | undefined;
	noindex: boolean;
	meta: MetaTag[];
	jsonLd: string;
}

/**
 * Everything the head needs for search engines and link previews, worked out from the page's address: essays,
 * updates and the FAQ are looked up in the collections so their JSON-LD carries dates, authors and questions.
 */
export async function pageSeo({
	pathname,
	title,
	description,
	site,
	base,
}: {
	pathname: string;
	title: string;
	description: string;
	site: string | URL;
	base: string;
}): Promise<PageSeo> {
	const publication = await siteSettings();
	const path = sitePath(pathname, base);
	const url = (p: string) => absoluteUrl(p, site, base);
	const canonical = url(path);
	const home = url(paths.home());
	const publisher = organization({ name: publication.organisation, url: home, logo: url('/icon-512.png') });
	const publisherId = publisher['@id'] as string;
	const crumbs = [{ name: 'Home', url: home }];
	const nodes: JsonLdNode[] = [publisher];
	let type: 'article' | 'website' = 'website';
	let dates: { published?: Date; updated?: Date | undefined } = {};
	let image = SOCIAL_IMAGE_PATH;
	let imageAlt = publication.shareImage.alt;

	const [, section, slug] = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path) ?? [];
	const authorsById = await allAuthors();
	const authorOf = (id: string) => {
		const author = authorsById.get(id)?.data;
		return { name: author?.name ?? id, type: author?.type ?? 'person' };
	};
	if (section === 'essays' && slug) {
		const essay = (await essays()).find((e) => e.id === slug);
		if (essay) {
			type = 'article';
			image = ogImagePath(path);
			imageAlt = `${title}, from ${publication.title}`;
			dates = { published: essay.data.published, updated: essay.data.updated };
			crumbs.push({ name: 'Essays', url: url(paths.essays()) });
			nodes.push(
				article({
					type: 'Article',
					headline: essay.data.title,
					description: essay.data.summary,
					url: canonical,
					image: url(image),
					published: essay.data.published,
					updated: essay.data.updated,
					authors: essay.data.authors.map((ref) => authorOf(ref.id)),
					publisherId,
				}),
			);
		}
	} else if (section === 'updates' && slug && !/^\d+$/.test(slug)) {
		const update = (await updates()).find((u) => u.id === slug);
		if (update) {
			type = 'article';
			image = ogImagePath(path);
			imageAlt = `${title}, from ${publication.title}`;
			dates = { published: update.data.published };
			crumbs.push({ name: 'Updates', url: url(paths.updates()) });
			nodes.push(
				article({
					type: 'BlogPosting',
					headline: update.data.title,
					description: update.data.summary,
					url: canonical,
					image: url(image),
					published: update.data.published,
					authors: [authorOf(update.data.author.id)],
					publisherId,
				}),
			);
		}
	} else if (section === 'projects' && slug) {
		if ((await projects()).some((p) => p.id === slug)) crumbs.push({ name: 'Projects', url: url(paths.projects()) });
	} else if (path === paths.about()) {
		const about = (await pages()).find((p) => p.id === 'about');
		const faq = faqFromMarkdown(about?.body ?? '');
		if (faq.length > 0) nodes.push(faqPage(faq));
	}
	if (path !== paths.home()) crumbs.push({ name: title, url: canonical });
	if (crumbs.length > 1) nodes.push(breadcrumbList(crumbs));

	const isNotFound = /^\/404(?:\.html|\/)?$/.test(path);
	return {
		canonical: isNotFound ? undefined : canonical,
		noindex: !isIndexable(path),
		meta: socialMeta({
			title,
			description,
			url: isNotFound ? home : canonical,
			siteName: publication.title,
			locale: publication.locale,
			image: url(image),
			imageAlt,
			type,
			...dates,
		}),
		jsonLd: jsonLdDocument(nodes),
	};
}
