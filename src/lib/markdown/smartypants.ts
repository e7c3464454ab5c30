import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// Smart punctuation as Astro applies it (remark-smartypants 3.0.3, MIT, whose algorithm this mirrors line for
// line) with the same output, minus work that cannot change anything. remark-smartypants runs retext twice: once
// over all the text for quotes, then once per text node for dashes, ellipses and backticks. Parsing prose into a
// retext tree is costly — it was a third of MDX compile time on 2,000 essays — and almost always for nothing:
// a pass can only change text that holds one of its characters, so text without them is skipped untouched.

/** Could the quotes pass change this text? Only straight quotes become curly ones. */
const hasQuotes = (text: string) => text.includes('"') || text.includes("'");
/** Could the second pass change this text? It only touches `--`, `...` (spaced or not), ` `` ` and `''`. */
const hasDashesEllipsesOrBackticks = (text: string) => /--|\.\s*\.|``|''/.test(text);

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
// Blocks start fresh: a quote at their start opens. Inline parents (emphasis, links) must not be listed, because
// quote pairing across them relies on the text being joined seamlessly.
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';
const isBlock = (node: Nodes) => BLOCK_NODES.has(node.type);

/** remark plugin: straight quotes, `--`, `...` and backticks become typographic ones, as remark-smartypants does. */
export function remarkSmartypants(options: Options = {}) {
	const quotes = retext().use(retextSmartypants, { ...options, ellipses: false, dashes: false, backticks: false });
	const rest = retext().use(retextSmartypants, { ...options, quotes: false });
	const curl = (text: string) => (hasQuotes(text) ? quotes.processSync(text).toString() : text);
	const finish = (text: string) => (hasDashesEllipsesOrBackticks(text) ? rest.processSync(text).toString() : text);

	return (tree: Root) => {
		let allText = '';
		const nodes: Nodes[] = [];
		visit(tree, (node: Nodes, _index: number | undefined, parent: Parents | undefined) => {
			if (!parent || !VISITED_NODES.has(node.type) || !(isLiteral(node) || isBlock(node))) return;
			if (
				parent.type === 'mdxJsxTextElement' &&
				(typeof parent.name !== 'string' || IGNORED_HTML_ELEMENTS.has(parent.name))
			)
				return;
			if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			else allText += ' ';
			nodes.push(node);
		});
		// All text at once, so quotes pair across links and emphasis.
		allText = curl(allText);
		let start = 0;
		for (const node of nodes) {
			if (isLiteral(node)) {
				const end = start + node.value.length;
				if (node.type === 'text') node.value = finish(allText.slice(start, end));
				start = end;
			} else {
				start += 1; // the space added for the block
			}
		}
	};
}
