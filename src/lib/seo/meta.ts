/** One `<meta>` tag: Open Graph uses `property`, Twitter and the rest use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface SocialMetaInput {
	title: string;
	description: string;
	/** The page's canonical absolute URL. */
	url: string;
	siteName: string;
	/** `en-GB` style; Open Graph wants `en_GB`. */
	locale: string;
	/** An absolute URL of a 1200×630 PNG. */
	image: string;
	imageAlt: string;
	/** `article` for essays and updates, `website` otherwise. */
	type: 'article' | 'website';
	published?: Date | undefined;
	updated?: Date | undefined;
}

/** The Open Graph and Twitter card tags for a page. */
export function socialMeta(input: SocialMetaInput): MetaTag[] {
	const tags: MetaTag[] = [
		{ property: 'og:type', content: input.type },
		{ property: 'og:site_name', content: input.siteName },
		{ property: 'og:locale', content: input.locale.replace('-', '_') },
		{ property: 'og:title', content: input.title },
		{ property: 'og:description', content: input.description },
		{ property: 'og:url', content: input.url },
		{ property: 'og:image', content: input.image },
		{ property: 'og:image:type', content: 'image/png' },
		{ property: 'og:image:width', content: '1200' },
		{ property: 'og:image:height', content: '630' },
		{ property: 'og:image:alt', content: input.imageAlt },
		{ name: 'twitter:card', content: 'summary_large_image' },
		{ name: 'twitter:title', content: input.title },
		{ name: 'twitter:description', content: input.description },
		{ name: 'twitter:image', content: input.image },
		{ name: 'twitter:image:alt', content: input.imageAlt },
	];
	if (input.type === 'article' && input.published) {
		tags.push({ property: 'article:published_time', content: input.published.toISOString() });
		tags.push({ property: 'article:modified_time', content: (input.updated ?? input.published).toISOString() });
	}
	return tags;
}
