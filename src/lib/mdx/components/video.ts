import type { ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { PAGE_MODULE } from '../../page-modules.ts';
import { withBase } from '../../urls.ts';
import { stringProp, type ComponentContext, type ComponentProps } from './types.ts';

/**
 * `<Video title="…" youtubeId="…" />`: a facade, a plain link styled as a player. The page's actions module swaps
 * in the privacy-enhanced player on click; without it, the link opens the video. Either way nothing loads from the
 * video host before the reader acts.
 */
export function video(props: ComponentProps, _children: ElementContent[], { base }: ComponentContext): ElementContent {
	const title = stringProp(props, 'title') ?? '';
	const youtubeId = stringProp(props, 'youtubeId') ?? '';
	if (!/^[\w-]{6,20}$/.test(youtubeId)) {
		throw new Error(
			`Video "${title}": youtubeId "${youtubeId}" is not a YouTube id; use the part after "v=" in the address.`,
		);
	}
	const caption = stringProp(props, 'caption');
	const transcript = stringProp(props, 'transcript');
	const embedUrl = `https://www.youtube-nocookie.com/embed/${youtubeId}`;
	return h('figure', { class: 'video' }, [
		h('div', { class: 'video-frame' }, [
			h('a', { class: 'video-facade', href: embedUrl, dataVideo: title, dataUse: PAGE_MODULE.actions }, [
				s('svg', { class: 'video-play', viewBox: '0 0 68 48', ariaHidden: 'true', focusable: 'false' }, [
					s('rect', { width: '68', height: '48', rx: '12' }),
					s('path', { d: 'M27 14v20l18-10z' }),
				]),
				h('span', { class: 'video-title' }, [h('span', { class: 'sr-only' }, 'Play video: '), title]),
			]),
		]),
		...(caption || transcript
			? [
					h('figcaption', [
						...(caption ? [caption] : []),
						...(transcript ? [' ', h('a', { href: withBase(transcript, base) }, 'Read the transcript')] : []),
					]),
				]
			: []),
	]);
}
