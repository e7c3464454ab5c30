import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { componentRenderers, type ComponentContext, type ComponentProps } from './components/index.ts';

/** A mistake in an MDX file, with where it is (1-based line and column of the file). */
export class MdxSourceError extends Error {
	constructor(
		readonly reason: string,
		readonly line: number | undefined,
		readonly column: number | undefined,
		readonly hint?: string,
	) {
		super(reason);
		this.name = 'MdxSourceError';
	}
}

interface Positioned {
	position?: { start: { line: number; column: number } };
}

const errorAt = (node: Positioned, reason: string, hint?: string) =>
	new MdxSourceError(reason, node.position?.start.line, node.position?.start.column, hint);

interface EstreeNode {
	type: string;
	[key: string]: unknown;
}

/**
 * The value of a literal JS expression in an attribute (`{true}`, `{3}`, `{"a"}`, `{[1, 2]}`, `{-1}`,
 * `{[{ name: "a" }]}`), or
 * `undefined` with `ok: false` for anything that would need running code.
 */
function literalValue(node: EstreeNode | undefined): { ok: boolean; value?: unknown } {
	if (!node) return { ok: false };
	switch (node.type) {
		case 'Literal':
			return { ok: true, value: node.value };
		case 'TemplateLiteral': {
			const quasis = node.quasis as { value: { cooked: string } }[];
			return (node.expressions as unknown[]).length === 0
				? { ok: true, value: quasis[0]?.value.cooked }
				: { ok: false };
		}
		case 'UnaryExpression': {
			const inner = literalValue(node.argument as EstreeNode);
			if (!inner.ok || typeof inner.value !== 'number') return { ok: false };
			return node.operator === '-' ? { ok: true, value: -inner.value } : node.operator === '+' ? inner : { ok: false };
		}
		case 'ArrayExpression': {
			const values = (node.elements as EstreeNode[]).map(literalValue);
			return values.every((v) => v.ok) ? { ok: true, value: values.map((v) => v.value) } : { ok: false };
		}
		case 'ObjectExpression': {
			const value: Record<string, unknown> = {};
			for (const property of node.properties as EstreeNode[]) {
				const key = property.key as EstreeNode | undefined;
				if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method)
					return { ok: false };
				const name = key?.type === 'Identifier' ? key.name : key?.type === 'Literal' ? key.value : undefined;
				const inner = literalValue(property.value as EstreeNode);
				if ((typeof name !== 'string' && typeof name !== 'number') || !inner.ok) return { ok: false };
				value[String(name)] = inner.value;
			}
			return { ok: true, value };
		}
		default:
			return { ok: false };
	}
}

/** The single expression of an MDX expression's program, or undefined for an empty one (a comment). */
function expressionOf(data: unknown): EstreeNode | undefined | null {
	const program = (data as { estree?: { body: EstreeNode[] } } | undefined)?.estree;
	if (!program) return null;
	const statement = program.body[0];
	if (!statement) return undefined;
	return statement.type === 'ExpressionStatement' ? (statement.expression as EstreeNode) : null;
}

/** A JSX element's attributes as props: strings, `true` for bare attributes, literals for `{…}` values. */
function propsOf(element: MdxJsxFlowElementHast): Record<string, unknown> {
	const props: Record<string, unknown> = {};
	for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			throw errorAt(
				attribute as Positioned,
				`<${element.name}>: spread attributes ({...}) are not supported.`,
				'Write each attribute out: name="value".',
			);
		}
		const { name, value } = attribute;
		if (value === null || value === undefined) props[name] = true;
		else if (typeof value === 'string') props[name] = value;
		else {
			const literal = literalValue(expressionOf(value.data) ?? undefined);
			if (!literal.ok) {
				throw errorAt(
					(attribute as Positioned).position ? (attribute as Positioned) : (element as Positioned),
					`<${element.name}>: the value of ${name} {${value.value}} is code, which MDX entries cannot run.`,
					`Write a plain value: ${name}="text", or ${name}={true} / {false} / a number / a list or object of those.`,
				);
			}
			props[name] = literal.value;
		}
	}
	return props;
}

/** A component's markup keeps the line it was written on, so later passes (images) can name it. */
const placed = (element: ElementContent, node: RootContent): ElementContent =>
	element.position || !node.position ? element : { ...element, position: node.position };

/**
 * Expands MDX's JSX and expression nodes in a hast tree into plain HTML elements, calling the editors' components
 * (`componentRenderers`) as pure functions. Runs last, after the Markdown pipeline's rehype plugins, exactly where
 * Astro rendered the components before: their own markup (a KeyPoints heading, say) gets no id or anchor link.
 * Comments (`{/* … *\/}`) disappear; imports, exports and code expressions are errors naming the line, because
 * entries are compiled to HTML once, at load time, and run no code of their own.
 */
export function expandComponents(tree: Root, context: ComponentContext): void {
	const expand = (node: RootContent): ElementContent[] => {
		switch (node.type) {
			case 'mdxjsEsm':
				throw errorAt(
					node,
					'import and export statements are not supported in entries.',
					`The components (${Object.keys(componentRenderers).join(', ')}) need no import; an image goes beside the entry and is given by its address: ![What it shows](./chart.png).`,
				);
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				const expression = expressionOf(node.data);
				if (expression === undefined) return [];
				throw errorAt(
					node,
					`{${node.value}} is code, which entries cannot run.`,
					'Write the text itself, or a comment as {/* … */}. To show a brace, write \\{.',
				);
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const children = node.children.flatMap((child) => expand(child as RootContent));
				if (!node.name) return children;
				const props = propsOf(node as MdxJsxFlowElementHast);
				if (/^[a-z]/.test(node.name)) {
					return [placed(h(node.name, props as Properties, children), node)];
				}
				const render = componentRenderers[node.name];
				if (!render) {
					throw errorAt(
						node,
						`<${node.name}> is not a component.`,
						`Use one of: ${Object.keys(componentRenderers).join(', ')} (names are case-sensitive).`,
					);
				}
				try {
					return [placed(render(props as ComponentProps, children, context), node)];
				} catch (error) {
					const hint = (error as { hint?: unknown }).hint;
					throw errorAt(node, (error as Error).message, typeof hint === 'string' ? hint : undefined);
				}
			}
			case 'element':
				(node as Element).children = (node as Element).children.flatMap((child) => expand(child as RootContent));
				return [node];
			default:
				return [node as ElementContent];
		}
	};
	tree.children = tree.children.flatMap((child) => expand(child)) as RootContent[];
}
