import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { markdownPipeline } from '../markdown/pipeline.ts';
import type { ComponentContext, ComponentProps, ComponentRenderer } from './components/index.ts';
import { markEntryImages, type DescribeImage } from './entry-images.ts';
import { expandComponents, MdxSourceError } from './expand-components.ts';

/** The MDX node types remark-rehype hands on untouched, for the component pass to expand (as @mdx-js/mdx does). */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/**
 * Serialised as Astro serialised the compiled MDX it replaces: empty attributes bare (`data-footnote-backref`),
 * only `&` and `"` escaped in (double-quoted) attribute values, as `&amp;` and `&quot;` — so an apostrophe in a
 * `data:` image address stays as written — and text escaped by `escapeText`.
 */
const HTML_OPTIONS = {
	allowDangerousHtml: true,
	allowDangerousCharacters: true,
	collapseEmptyAttributes: true,
	characterReferences: { useNamedReferences: true },
} as const;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text escaped as Astro escapes it (`&<>'"`), so the stored HTML is byte for byte what rendering MDX gave. */
export const escapeText = (text: string): string => text.replace(/[&<>'"]/g, (char) => TEXT_ESCAPES[char]!);

const TABLE_ELEMENTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

/**
 * Shapes the tree as @mdx-js/mdx's JSX did (hast-util-to-estree): line breaks between table rows and cells are
 * dropped, and so is whitespace at the start and end of the entry. Text becomes raw HTML escaped by `escapeText`,
 * since hast-util-to-html leaves `'`, `"` and `>` as they are.
 */
function asMdxRendered(node: Root | ElementContent): void {
	if (!('children' in node)) return;
	const inTable = node.type === 'element' && TABLE_ELEMENTS.has(node.tagName);
	const children: ElementContent[] = [];
	for (const child of node.children) {
		if (child.type === 'text') {
			if (!(inTable && child.value === '\n')) children.push({ type: 'raw', value: escapeText(child.value) });
		} else {
			asMdxRendered(child as ElementContent);
			children.push(child as ElementContent);
		}
	}
	if (node.type === 'root') {
		const blank = (child: ElementContent | undefined) => child?.type === 'raw' && !child.value.trim();
		while (blank(children[0])) children.shift();
		while (blank(children.at(-1))) children.pop();
	}
	node.children = children as typeof node.children;
}

/**
 * One component's HTML for an .astro wrapper (src/components/mdx/), with its slot's rendered HTML as children, so a
 * layout that uses a component directly gets the same markup as an entry does.
 */
export function componentHtml(
	render: ComponentRenderer,
	props: ComponentProps,
	slotHtml: string,
	context: ComponentContext,
): string {
	const root: Root = {
		type: 'root',
		children: [render(props, slotHtml ? [{ type: 'raw', value: slotHtml }] : [], context)],
	};
	asMdxRendered(root);
	return toHtml(root, HTML_OPTIONS);
}

/** An MDX entry rendered to HTML, with the headings Astro's `render()` reports. */
export interface RenderedMdx {
	html: string;
	headings: MarkdownHeading[];
	/** The image files beside the entry that it shows (`./chart.png`), marked for Astro's image service. */
	imagePaths: string[];
	/** The origins of other sites' images it shows (`https://images.example.org`), for the page's CSP. */
	imageOrigins: string[];
}

/**
 * Replaces the frontmatter block with as many empty lines, so positions in the rest are the file's own:
 * `'---\ntitle: x\n---\n# Hi'` => `'\n\n\n# Hi'`.
 */
export function blankFrontmatter(source: string): string {
	const match =
		/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source) ?? /^---\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/**
 * A renderer of MDX entries to HTML with the site's Markdown pipeline (remark-gfm, rehype-slug and our plugins in
 * src/lib/markdown/) followed by the editors' components as pure functions, so an entry is compiled once, at load
 * time, and pages only insert stored HTML. Astro's own heading pass runs where its MDX integration ran it, so
 * `headings` match. Mistakes throw an `MdxSourceError` with the file's line. `onParse` is given the Markdown tree as
 * parsed, before any transform changes it (the content check's outline is read from it). `imagesOf(filePath)` tells
 * what an entry's image addresses lead to (src/loaders/entry-images.ts reads the files); without it, no image is
 * taken for a file beside the entry.
 */
export function createMdxRenderer(
	pipeline: typeof markdownPipeline,
	context: ComponentContext,
	imagesOf: (filePath: string) => DescribeImage = () => () => undefined,
): (source: string, filePath: string, onParse?: (tree: MdastRoot) => void) => RenderedMdx {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(pipeline.remarkPlugins as PluggableList)
		.use(remarkRehype, { ...pipeline.remarkRehype, passThrough: MDX_NODE_TYPES } as RemarkRehypeOptions)
		.use(pipeline.rehypePlugins as PluggableList)
		.use(rehypeHeadingIds)
		.use(() => (tree: Root) => expandComponents(tree, context))
		.freeze();
	return (source, filePath, onParse) => {
		let tree: Root;
		let images: ReturnType<typeof markEntryImages>;
		const file = new VFile({ path: filePath, value: blankFrontmatter(source) });
		try {
			const mdast = processor.parse(file);
			onParse?.(mdast);
			tree = processor.runSync(mdast, file) as Root;
			images = markEntryImages(tree, imagesOf(filePath));
		} catch (error) {
			if (error instanceof MdxSourceError) throw error;
			const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
				.place;
			const start = place && 'start' in place && place.start ? place.start : place;
			throw new MdxSourceError(
				(error as { reason?: string }).reason ?? (error as Error).message,
				start?.line,
				start?.column,
			);
		}
		const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
		asMdxRendered(tree);
		return { html: toHtml(tree, HTML_OPTIONS), headings, imagePaths: images.addresses, imageOrigins: images.origins };
	};
}
