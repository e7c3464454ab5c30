import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { citationParts } from '../../citation.ts';
import { findSource } from '../../source-lookup.ts';
import { stringProp, type ComponentContext, type ComponentProps } from './types.ts';

/** `<Source id="…" />`: a citation from the bibliography, or an error naming the unknown id and near misses. */
export function source(
	props: ComponentProps,
	_children: ElementContent[],
	{ sources }: ComponentContext,
): ElementContent {
	const id = stringProp(props, 'id') ?? '';
	const parts = citationParts(findSource(id, sources));
	return h(
		'span',
		{ class: 'source', dataSourceId: id },
		parts.map((part) =>
			part.kind === 'title'
				? h('cite', part.text)
				: part.kind === 'date'
					? h('time', { datetime: part.iso }, part.text)
					: part.kind === 'link'
						? h('a', { href: part.href }, part.text)
						: { type: 'text', value: part.text },
		),
	);
}
