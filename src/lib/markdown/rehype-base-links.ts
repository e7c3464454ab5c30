import { withBase } from '../urls.ts';

/** The attributes that hold a URL, on the elements Markdown and MDX produce. */
const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

interface HastLike {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastLike[];
}

/** Whether a link is root-relative (`/about/`, `/essays/x/#y`), the only kind that needs the base. */
export const isRootRelative = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/**
 * A rehype plugin that prefixes root-relative links editors write in Markdown or MDX with the site's base,
 * because Astro does not rewrite them: with base `/lab-essays/`, `[the FAQ](/about/)` links to `/lab-essays/about/`.
 * Handles Markdown elements and literal JSX attributes (`<a href="/about/">`); fragments, relative and external
 * URLs, and links already under the base are left alone.
 */
export function rehypeBaseLinks({ base }: { base: string }) {
	const rewrite = (value: unknown) =>
		typeof value === 'string' && isRootRelative(value) ? withBase(value, base) : value;
	const visit = (node: HastLike) => {
		if (node.type === 'element' && node.properties) {
			for (const name of URL_ATTRIBUTES) {
				if (name in node.properties) node.properties[name] = rewrite(node.properties[name]);
			}
		}
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
			for (const attribute of node.attributes) {
				if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.some((name) => name === attribute.name)) {
					attribute.value = rewrite(attribute.value);
				}
			}
		}
		node.children?.forEach(visit);
	};
	return (tree: HastLike) => visit(tree);
}
