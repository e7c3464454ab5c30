import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stringProp, type ComponentProps } from './types.ts';

/** `<PullQuote source="…">`: a quotation with its source; a quote without one is an error. */
export function pullQuote(props: ComponentProps, children: ElementContent[]): ElementContent {
	const source = stringProp(props, 'source');
	if (!source?.trim()) throw new Error('PullQuote needs a source: write <PullQuote source="Name, where it was said">.');
	return h('figure', { class: 'pull-quote' }, [h('blockquote', children), h('figcaption', source)]);
}
