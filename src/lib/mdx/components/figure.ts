import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stringProp, type ComponentProps } from './types.ts';

/** `<Figure src="…" alt="…" caption="…" />`: an image with alt text (or `decorative`) and an optional caption. */
export function figure(props: ComponentProps): ElementContent {
	const alt = stringProp(props, 'alt');
	const { decorative: flag, src: given } = props as { decorative?: unknown; src?: unknown };
	const decorative = flag === true || flag === 'true';
	if (!decorative && !alt?.trim()) {
		throw new Error('Figure needs alt text describing the image, or decorative={true} when it carries no information.');
	}
	// A string in MDX; an imported image's metadata (`{ src, width, height }`) where a layout passes one.
	const src = typeof given === 'object' && given && 'src' in given ? given.src : given;
	if (typeof src !== 'string') {
		throw new Error('Figure needs src, the image’s address as text: src="/images/chart.png" or src="./chart.png".');
	}
	const caption = stringProp(props, 'caption');
	return h('figure', { class: 'figure' }, [
		h('img', { src, alt: decorative ? '' : alt, loading: 'lazy', decoding: 'async' }),
		...(caption ? [h('figcaption', caption)] : []),
	]);
}
