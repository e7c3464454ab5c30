import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Classes of elements that only make sense on the page: heading anchors, scroll hints, the notes' back-links. */
const PAGE_ONLY = new Set(['heading-anchor', 'data-footnote-backref', 'sr-only']);

const isPageOnly = (node: RootContent): boolean => {
	if (node.type !== 'element') return node.type === 'comment';
	const classes = node.properties.className;
	if (Array.isArray(classes) && classes.some((c) => PAGE_ONLY.has(String(c)))) return true;
	// Drawn figures carry their data as a table beside them; the drawing itself has no text form.
	return node.tagName === 'svg' || node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template';
};

function prune(node: Root | Element, pageUrl: string): void {
	node.children = node.children.filter((child) => !isPageOnly(child));
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		for (const name of ['href', 'src'] as const) {
			const value = child.properties[name];
			if (typeof value === 'string' && value !== '') child.properties[name] = new URL(value, pageUrl).href;
		}
		prune(child, pageUrl);
	}
}

/** The note number a footnote link or note item points at: `#user-content-fn-3` or `user-content-fn-3` => `'3'`. */
const noteId = (value: unknown): string | undefined => /user-content-fn-([\w-]+)$/.exec(String(value ?? ''))?.[1];

// The rendered notes become Markdown footnotes again: `[^3]` in the text, `[^3]: …` at the end.
const handlers: Record<string, Handle> = {
	sup: (state, node) => {
		const link = node.children.find((c) => c.type === 'element' && c.tagName === 'a');
		const id = link?.type === 'element' && 'dataFootnoteRef' in link.properties && noteId(link.properties.href);
		if (!id) return defaultHandlers.sup!(state, node);
		return { type: 'footnoteReference', identifier: id, label: id } satisfies FootnoteReference;
	},
	section: (state, node) => {
		if (!('dataFootnotes' in node.properties)) return defaultHandlers.section!(state, node);
		const items = node.children.flatMap((c) =>
			c.type === 'element' && c.tagName === 'ol' ? c.children.filter((li) => li.type === 'element') : [],
		);
		return items.flatMap((li) => {
			const id = noteId(li.properties.id);
			if (!id) return [];
			return [
				{ type: 'footnoteDefinition', identifier: id, label: id, children: state.toFlow(state.all(li)) },
			] as FootnoteDefinition[];
		});
	},
};

/**
 * Rendered entry HTML as GitHub-flavoured Markdown, for the plain-text mirrors: links made absolute against the
 * page, and what only works on the page (heading anchors, back-links, drawings) left out.
 * `htmlToMarkdown('<p>See <a href="/about/">about</a>.</p>', 'https://x.org/essays/a/')`
 * => `'See [about](https://x.org/about/).\n'`.
 */
export function htmlToMarkdown(html: string, pageUrl: string): string {
	const tree = fromHtml(html, { fragment: true });
	prune(tree, pageUrl);
	return toMarkdown(toMdast(tree, { handlers }), {
		extensions: [gfmToMarkdown()],
		bullet: '-',
		emphasis: '_',
		rule: '-',
	});
}
