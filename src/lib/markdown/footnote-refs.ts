import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { PAGE_MODULE } from '../page-modules';

const isFootnoteRef = (node: Element) =>
	node.tagName === 'sup' &&
	node.children.some(
		(child) => child.type === 'element' && child.tagName === 'a' && 'dataFootnoteRef' in child.properties,
	);

/**
 * Marks the note numbers in the text and the notes' back-links: search leaves them out of its excerpts (a reader
 * reads "…in August 2018.", not "…in August 2018.5"), and each number starts the note preview
 * (src/browser/notes/) when pointed at, focused or tapped. Without JavaScript the number is a plain jump link.
 */
export function rehypeFootnoteRefs() {
	return (tree: Root): void => {
		visit(tree, 'element', (node) => {
			if (isFootnoteRef(node)) {
				node.properties.dataPagefindIgnore = '';
				for (const link of node.children) if (link.type === 'element') link.properties.dataUse = PAGE_MODULE.notes;
			} else if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
				node.properties.dataPagefindIgnore = '';
			}
		});
	};
}
