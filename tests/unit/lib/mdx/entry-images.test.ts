import { describe, expect, test } from 'vitest';
import { MdxSourceError } from '../../../../src/lib/mdx/expand-components';
import type { DescribeImage } from '../../../../src/lib/mdx/entry-images';
import { markdownPipelineFor } from '../../../../src/lib/markdown/pipeline';
import { createMdxRenderer } from '../../../../src/lib/mdx/render-mdx';

// Images beside an entry, as the content loader describes them: a wide PNG, a narrow JPEG and an SVG.
const FILES: Record<string, { width: number; height: number; format: string }> = {
	'./wide.png': { width: 1600, height: 900, format: 'png' },
	'./small.jpg': { width: 480, height: 320, format: 'jpg' },
	'./rule.svg': { width: 320, height: 16, format: 'svg' },
};
const describeImage: DescribeImage = (src) => {
	if (/^(?:https?:|\/|data:)/.test(src)) return undefined;
	const address = src.startsWith('./') ? src : `./${src}`;
	const file = FILES[address];
	return file ? { address, ...file } : `The image "${src}" is not in content/essays/.`;
};
const context = { sources: [], datasets: new Map(), base: '/' };
const render = createMdxRenderer(markdownPipelineFor('/'), context, () => describeImage);

/** Each `<img>`'s attributes, with the `__ASTRO_IMAGE_` options parsed. */
const images = (html: string) =>
	[...html.matchAll(/<img ([^>]*)>/g)].map(([, attributes]) => {
		const mark = /__ASTRO_IMAGE_="([^"]*)"/.exec(attributes!)?.[1];
		return mark
			? JSON.parse(mark.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
			: Object.fromEntries([...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
	});

describe('markEntryImages, through the renderer', () => {
	test('marks a Markdown image, a Figure and an <img> beside the entry for Astro’s image service', () => {
		const { html, imagePaths } = render(
			'![A wide chart](./wide.png "The chart")\n\n<Figure src="small.jpg" alt="A small photo" caption="Small." />\n\n<img src="./rule.svg" alt="" />\n',
			'/site/content/essays/x.mdx',
		);
		expect(imagePaths).toEqual(['./wide.png', './small.jpg', './rule.svg']);
		expect(images(html)).toEqual([
			{
				src: './wide.png',
				alt: 'A wide chart',
				title: 'The chart',
				width: 720,
				sizes: '(min-width: 783px) 720px, 92vw',
				layout: 'constrained',
				loading: 'eager',
				decoding: 'async',
				index: 0,
			},
			{
				src: './small.jpg',
				alt: 'A small photo',
				width: 480,
				sizes: '(min-width: 522px) 480px, 92vw',
				layout: 'constrained',
				loading: 'lazy',
				decoding: 'async',
				index: 0,
			},
			// An SVG keeps its own format and size: no srcset to make.
			{ src: './rule.svg', alt: '', loading: 'lazy', decoding: 'async', index: 0 },
		]);
		expect(html).toContain('<figure class="figure"><img __ASTRO_IMAGE_=');
	});

	test('counts each use of the same image, and lists its address once', () => {
		const { html, imagePaths } = render('![One](./wide.png)\n\n![Two](./wide.png)\n', '/x.mdx');
		expect(imagePaths).toEqual(['./wide.png']);
		expect(images(html).map((image) => image.index)).toEqual([0, 1]);
	});

	test('loads only an image in the first blocks of the text at once', () => {
		const { html } = render('One.\n\nTwo.\n\n![Late](./wide.png)\n', '/x.mdx');
		expect(images(html)[0].loading).toBe('lazy');
	});

	test('leaves other sites’ images, the site’s own files and inline images as written, loaded lazily', () => {
		const { html, imagePaths, imageOrigins } = render(
			'![Remote](https://images.example.org/a.png)\n\n![Site](/images/b.png)\n',
			'/x.mdx',
		);
		expect(imagePaths).toEqual([]);
		expect(imageOrigins).toEqual(['https://images.example.org']);
		expect(html).toBe(
			'<p><img src="https://images.example.org/a.png" alt="Remote" loading="lazy" decoding="async"></p>\n<p><img src="/images/b.png" alt="Site" loading="lazy" decoding="async"></p>',
		);
	});

	test('stops at a missing image with the line of the Markdown image or of the component', () => {
		const failure = (source: string) => {
			try {
				render(source, '/x.mdx');
			} catch (error) {
				if (error instanceof MdxSourceError) return [error.line, error.reason];
				throw error;
			}
			return undefined;
		};
		expect(failure('Text.\n\n![Gone](./gone.png)\n')).toEqual([3, 'The image "./gone.png" is not in content/essays/.']);
		expect(failure('Text.\n\n<Figure\n  src="./gone.png"\n  alt="Gone"\n/>\n')).toEqual([
			3,
			'The image "./gone.png" is not in content/essays/.',
		]);
	});
});
