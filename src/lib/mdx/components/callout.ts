import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stringProp, type ComponentProps } from './types.ts';

const defaultTitles = { note: 'Note', uncertain: 'Sources differ', tip: 'Tip' } as const;

/** `<Callout type="tip" title="…">`: an aside titled by its type unless it has a title of its own. */
export function callout(props: ComponentProps, children: ElementContent[]): ElementContent {
	const type = (stringProp(props, 'type') ?? 'note') as keyof typeof defaultTitles;
	const title = stringProp(props, 'title') ?? defaultTitles[type];
	return h('aside', { class: `callout callout-${type}`, 'aria-label': title }, [
		h('p', { class: 'callout-title' }, title),
		...children,
	]);
}
