import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface MdastLike {
	type: string;
	depth?: number;
	value?: string;
	children?: MdastLike[];
}

/** Plain text of a Markdown node; lists, tables and paragraphs become separate lines. */
function plainText(node: MdastLike): string {
	if (node.type === 'html' || node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return '';
	if (node.value !== undefined) return node.value;
	const children = node.children ?? [];
	const separator = ['list', 'table', 'root'].includes(node.type) ? '\n' : node.type === 'tableRow' ? ' | ' : '';
	return children.map(plainText).join(separator);
}

/**
 * The questions and answers of a FAQ written in Markdown: each `##` heading is a question, and everything up to the
 * next `##` (or higher) heading is its answer, as plain text. Headings are used as written, so the FAQ page must
 * phrase them as questions.
 */
export function faqFromMarkdown(markdown: string): { question: string; answer: string }[] {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdastLike;
	const entries: { question: string; answer: string[] }[] = [];
	let current: { question: string; answer: string[] } | undefined;
	for (const node of tree.children ?? []) {
		if (node.type === 'heading' && (node.depth ?? 0) <= 2) {
			// An h2 opens a question; an h1 ends the current answer without opening one.
			current = node.depth === 2 ? { question: plainText(node).trim(), answer: [] } : undefined;
			if (current) entries.push(current);
			continue;
		}
		const text = plainText(node).trim();
		if (text) current?.answer.push(text);
	}
	return entries
		.filter((entry) => entry.question && entry.answer.length > 0)
		.map(({ question, answer }) => ({ question, answer: answer.join('\n\n') }));
}
