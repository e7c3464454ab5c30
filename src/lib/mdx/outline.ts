import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** What an entry's MDX body links to, the ids it defines and the images it shows, with body-relative lines. */
export interface BodyOutline {
	/** Ids of its headings, as rehype-slug gives them, plus any `id="…"` written on a component. */
	ids: string[];
	links: { url: string; line: number }[];
	/** Images, with their address (`src`) when it is written as text. */
	images: {
		kind: 'markdown' | 'component';
		name: string;
		src?: string;
		alt?: string;
		decorative: boolean;
		line: number;
	}[];
	/** Every component used, with its plain attributes (`true` for a bare one, an expression's source). */
	components: { name: string; attributes: Record<string, string | true>; line: number }[];
	/** `{…}` in the text, which MDX runs as code; comments (`{/* … *\/}`) are left out. */
	expressions: { code: string; line: number }[];
	/** Lines of `import` and `export` statements. */
	statements: number[];
	/** Footnote references (`[^note]`) and definitions (`[^note]: …`), by label. */
	footnoteReferences: { label: string; line: number }[];
	footnoteDefinitions: { label: string; line: number }[];
}

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A JSX attribute's value: the string, `true` for a bare attribute, the expression's source, or undefined. */
function attribute(node: JsxElement, name: string): string | true | undefined {
	const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!found) return undefined;
	if (found.value === null || found.value === undefined) return true;
	return lf(typeof found.value === 'string' ? found.value : found.value.value.trim());
}

/** Windows line endings inside a value read as `\n`, as the content check reads a body (so both parses agree). */
const lf = (text: string) => (text.includes('\r') ? text.replace(/\r\n/g, '\n') : text);

const IMAGE_COMPONENTS = new Set(['Figure', 'img', 'Image']);

/**
 * Outlines a parsed MDX body (the mdast of remark-parse + remark-mdx + remark-gfm, before any transform), with lines
 * relative to the body: `lineOffset` is subtracted from each node's line, so a tree of the whole file (frontmatter
 * blanked, as the content loader parses it) gives the same outline as the body alone. Heading ids use
 * github-slugger over each heading's text in document order, which is what rehype-slug does.
 */
export function outlineTree(tree: Root, lineOffset = 0): BodyOutline {
	const slugger = new GithubSlugger();
	const outline: BodyOutline = {
		ids: [],
		links: [],
		images: [],
		components: [],
		expressions: [],
		statements: [],
		footnoteReferences: [],
		footnoteDefinitions: [],
	};
	const lineOf = (node: { position?: { start: { line: number } } }) =>
		(node.position?.start.line ?? 1 + lineOffset) - lineOffset;
	visit(tree, (node) => {
		switch (node.type) {
			case 'heading':
				outline.ids.push(slugger.slug(lf(toString(node))));
				break;
			case 'link':
			case 'definition':
				outline.links.push({ url: node.url, line: lineOf(node) });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!COMMENT_ONLY.test(node.value)) outline.expressions.push({ code: lf(node.value), line: lineOf(node) });
				break;
			case 'mdxjsEsm':
				outline.statements.push(lineOf(node));
				break;
			case 'footnoteReference':
				outline.footnoteReferences.push({ label: lf(node.label ?? node.identifier), line: lineOf(node) });
				break;
			case 'text':
				// GFM leaves a reference whose definition is missing as plain text.
				for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
					outline.footnoteReferences.push({ label: match[1]!, line: lineOf(node) });
				}
				break;
			case 'footnoteDefinition':
				outline.footnoteDefinitions.push({ label: lf(node.label ?? node.identifier), line: lineOf(node) });
				break;
			case 'image':
				outline.images.push({
					kind: 'markdown',
					name: 'image',
					src: node.url,
					alt: lf(node.alt ?? ''),
					decorative: false,
					line: lineOf(node),
				});
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				if (node.name) {
					const attributes: Record<string, string | true> = {};
					for (const a of node.attributes) {
						if (a.type !== 'mdxJsxAttribute') continue;
						const value = attribute(node, a.name);
						if (value !== undefined) attributes[a.name] = value;
					}
					outline.components.push({ name: node.name, attributes, line: lineOf(node) });
				}
				const id = attribute(node, 'id');
				if (typeof id === 'string') outline.ids.push(id);
				const href = attribute(node, 'href');
				if (typeof href === 'string') outline.links.push({ url: href, line: lineOf(node) });
				if (node.name && IMAGE_COMPONENTS.has(node.name)) {
					const alt = attribute(node, 'alt');
					const decorative = attribute(node, 'decorative');
					const src = attribute(node, 'src');
					outline.images.push({
						kind: 'component',
						name: node.name,
						...(typeof src === 'string' ? { src } : {}),
						alt: alt === true ? '' : alt,
						decorative: decorative === true || decorative === 'true' || decorative === '{true}',
						line: lineOf(node),
					});
				}
				break;
			}
		}
	});
	return outline;
}

/**
 * Parses an MDX body the way the site's pipeline does (remark-mdx + remark-gfm) and outlines it: the content check's
 * own parse, for `npm run check` and for bodies the content loader did not parse in this build.
 * Throws the parser's error, with its line, when the MDX cannot be read.
 */
export function outlineBody(body: string): BodyOutline {
	return outlineTree(processor.parse(body) as Root);
}
