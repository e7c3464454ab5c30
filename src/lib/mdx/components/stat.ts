import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stringProp, type ComponentProps } from './types.ts';

/** `<Stat value="2,666" label="…" source="…" />`: a headline figure. */
export function stat(props: ComponentProps): ElementContent {
	const source = stringProp(props, 'source');
	return h('figure', { class: 'stat' }, [
		h('p', { class: 'stat-value' }, stringProp(props, 'value') ?? ''),
		h('figcaption', { class: 'stat-label' }, [
			stringProp(props, 'label') ?? '',
			...(source ? [h('span', { class: 'stat-source' }, ` Source: ${source}`)] : []),
		]),
	]);
}
