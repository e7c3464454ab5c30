/** A schema.org node, as JSON-LD. */
export type JsonLdNode = { '@type': string; [key: string]: unknown };

/** The publisher, named on every page. */
export function organization({ name, url, logo }: { name: string; url: string; logo: string }): JsonLdNode {
	return { '@type': 'Organization', '@id': `${url}#organization`, name, url, logo };
}

/** The path from the home page to this one: `[{ name: 'Home', url }, { name: 'Essays', url }, …]`. */
export function breadcrumbList(items: readonly { name: string; url: string }[]): JsonLdNode {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.name,
			item: item.url,
		})),
	};
}

export interface ArticleInput {
	/** `Article` for essays, `BlogPosting` for updates. */
	type: 'Article' | 'BlogPosting';
	headline: string;
	description: string;
	url: string;
	image: string;
	published: Date;
	updated?: Date | undefined;
	authors: readonly { name: string; type: 'person' | 'organisation' }[];
	/** The `@id` of the publishing organization node. */
	publisherId: string;
}

/** An essay (`Article`) or an update (`BlogPosting`). */
export function article(input: ArticleInput): JsonLdNode {
	return {
		'@type': input.type,
		headline: input.headline,
		description: input.description,
		url: input.url,
		mainEntityOfPage: input.url,
		image: input.image,
		datePublished: input.published.toISOString(),
		dateModified: (input.updated ?? input.published).toISOString(),
		author: input.authors.map(({ name, type }) => ({ '@type': type === 'person' ? 'Person' : 'Organization', name })),
		publisher: { '@id': input.publisherId },
	};
}

/** The FAQ page: each question with its answer as plain text. */
export function faqPage(entries: readonly { question: string; answer: string }[]): JsonLdNode {
	return {
		'@type': 'FAQPage',
		mainEntity: entries.map(({ question, answer }) => ({
			'@type': 'Question',
			name: question,
			acceptedAnswer: { '@type': 'Answer', text: answer },
		})),
	};
}

/**
 * One JSON-LD document for a page, safe to put inside `<script type="application/ld+json">`:
 * `<` is escaped so no text in it can close the script element.
 */
export function jsonLdDocument(nodes: readonly JsonLdNode[]): string {
	return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c');
}
