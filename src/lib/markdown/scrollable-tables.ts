import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/**
 * The name a table's scroll region is announced with, from its caption or else its column headings:
 * "Table: When, What happened".
 */
export function tableLabel(table: Element): string {
	const child = (tagName: string) =>
		table.children.find((node): node is Element => node.type === 'element' && node.tagName === tagName);
	const caption = child('caption');
	const head = child('thead');
	const headings: string[] = [];
	if (head) visit(head, 'element', (node) => void (node.tagName === 'th' && headings.push(toString(node).trim())));
	const name = caption ? toString(caption).trim() : headings.filter(Boolean).slice(0, 4).join(', ');
	return name ? `Table: ${name}` : 'Table';
}

/**
 * Wraps every table in a labelled region (a named <section>) that scrolls sideways on its own, so a wide table never widens the
 * page at 320 px and keyboard users can scroll it (the region is focusable; WCAG 1.4.10 and 2.1.1).
 */
export function rehypeScrollableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			parent.children[index] = h('section', { class: 'table-scroll', tabindex: 0, 'aria-label': tableLabel(node) }, [
				node,
			]);
			return 'skip';
		});
	};
}
