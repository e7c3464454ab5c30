import { breadcrumbList, jsonLdDocument, organization, type JsonLdNode } from '../seo/json-ld.ts';
import { socialMeta, type MetaTag } from '../seo/meta.ts';
import { isIndexablePath, matchRoute, paths } from '../urls.ts';
import { linksFor, type SiteContext } from './context.ts';

/** Everything a page's `<head>` says to search engines, link previews, feed readers and reference managers. */
export interface PageHead {
	/** The page's language, BCP 47 (`<html lang>`): the site's locale, e.g. `en-GB`. */
	lang: string;
	/** The `<title>`: the page's own title and the site's, or the site's alone. */
	title: string;
	description: string;
	/** Absent on the 404 page, which is served at any missing address. */
	canonical: string | undefined;
	noindex: boolean;
	meta: MetaTag[];
	/** The page's JSON-LD document, safe inside `<script type="application/ld+json">`. */
	jsonLd: string;
	/** The site's feeds, for `<link rel="alternate">`. */
	feeds: { title: string; href: string }[];
}

/** What a page tells `pageHead` about itself. */
export interface HeadInput {
	/** The page's own title, without the site's. */
	title: string;
	/** A sentence for search engines and link previews; the site's description when left out. */
	description?: string | undefined;
	/** The page's site path, e.g. `paths.essay('x')`. */
	path: string;
	/** The listing between Home and this page in the breadcrumb trail, e.g. `{ name: 'Essays', path: '/essays/' }`. */
	parent?: { name: string; path: string } | undefined;
	/** An essay or update: shared as an article, with its own preview image. */
	article?: { published: Date; updated?: Date | undefined; image: string } | undefined;
	/** schema.org nodes about the page's content, e.g. an essay's `ScholarlyArticle` or the FAQ. */
	nodes?: readonly JsonLdNode[];
	/** More `<meta>` tags, e.g. an essay's `citation_*`. */
	meta?: readonly MetaTag[];
}

/** The site's publisher as a schema.org node; its `@id` lets other nodes on the page point at it. */
export function publisherNode(context: SiteContext): JsonLdNode & { '@id': string } {
	const { absolute } = linksFor(context);
	const home = absolute(paths.home());
	return organization({
		name: context.settings.organisation,
		url: home,
		logo: absolute('/icon-512.png'),
	}) as JsonLdNode & {
		'@id': string;
	};
}

/** The head of a page, from what the page is (never from the address it was requested at). */
export function pageHead(input: HeadInput, context: SiteContext): PageHead {
	const { settings } = context;
	const { href, absolute } = linksFor(context);
	const home = absolute(paths.home());
	const canonical = absolute(input.path);
	const isNotFound = matchRoute(input.path)?.name === 'notFound';
	const description = input.description ?? settings.description;

	const crumbs = [{ name: 'Home', url: home }];
	if (input.parent) crumbs.push({ name: input.parent.name, url: absolute(input.parent.path) });
	if (input.path !== paths.home()) crumbs.push({ name: input.title, url: canonical });
	const nodes: JsonLdNode[] = [publisherNode(context), ...(input.nodes ?? [])];
	if (crumbs.length > 1) nodes.push(breadcrumbList(crumbs));

	return {
		lang: settings.locale,
		title: input.title === settings.title ? input.title : `${input.title} · ${settings.title}`,
		description,
		canonical: isNotFound ? undefined : canonical,
		noindex: !isIndexablePath(input.path),
		meta: [
			...socialMeta({
				title: input.title,
				description,
				url: isNotFound ? home : canonical,
				siteName: settings.title,
				locale: settings.locale,
				image: absolute(input.article?.image ?? context.shareImage.path),
				imageAlt: input.article ? `${input.title}, from ${settings.title}` : context.shareImage.alt,
				type: input.article ? 'article' : 'website',
				published: input.article?.published,
				updated: input.article?.updated,
			}),
			...(input.meta ?? []),
		],
		jsonLd: jsonLdDocument(nodes),
		feeds: [
			{ title: `${settings.title}: essays`, href: href(paths.essaysFeed()) },
			{ title: `${settings.title}: updates`, href: href(paths.updatesFeed()) },
		],
	};
}
