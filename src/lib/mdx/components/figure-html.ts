import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { stringProp, type ComponentProps } from './types.ts';

/**
 * A figure drawn by src/lib/charts/ as HTML, serialised as the chart modules serialise it everywhere else, so an
 * entry's figure is byte for byte the one a layout draws.
 */
export const figureHtml = (figure: Element): ElementContent => ({ type: 'raw', value: toHtml(figure) });

/** A prop that must be a list (`areas={[…]}`), with an error naming the component and the prop otherwise. */
export function listProp<T>(props: ComponentProps, component: string, name: string, example: string): T[] {
	const value = (props as Record<string, unknown>)[name];
	if (!Array.isArray(value)) throw new Error(`${component} needs ${name}, a list: ${name}={[${example}]}.`);
	return value as T[];
}

/** A prop that must be given as text, with an error naming the component and the prop otherwise. */
export function requiredText(props: ComponentProps, component: string, name: string): string {
	const value = stringProp(props, name);
	if (!value?.trim()) throw new Error(`${component} needs ${name}="…".`);
	return value;
}
