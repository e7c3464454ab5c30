import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stringProp, type ComponentProps } from './types.ts';

/** `<KeyPoints>`: a labelled section with its own heading, "Key points" unless given a title. */
export function keyPoints(props: ComponentProps, children: ElementContent[]): ElementContent {
	const title = stringProp(props, 'title') ?? 'Key points';
	return h('section', { class: 'key-points', 'aria-label': title }, [
		h('h2', { class: 'key-points-title' }, title),
		...children,
	]);
}
