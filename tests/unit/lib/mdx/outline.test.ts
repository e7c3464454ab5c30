import { describe, expect, test } from 'vitest';
import { outlineBody } from '../../../../src/lib/mdx/outline';

describe('outlineBody', () => {
	test('gives headings the ids rehype-slug gives them, numbering repeats', () => {
		const body = '## What is a lab?\n\n### Peer support: the “evidence” gap\n\n## What is a lab?\n';
		expect(outlineBody(body).ids).toEqual(['what-is-a-lab', 'peer-support-the-evidence-gap', 'what-is-a-lab-1']);
	});

	test('collects Markdown links, reference definitions and component hrefs with their lines', () => {
		const body =
			'See [a](/essays/a/).\n\n[b]: /essays/b/#x\n\n<Video title="T" youtubeId="y" transcript="/t/" href="/v/" />\n';
		expect(outlineBody(body).links).toEqual([
			{ url: '/essays/a/', line: 1 },
			{ url: '/essays/b/#x', line: 3 },
			{ url: '/v/', line: 5 },
		]);
	});

	test('collects images with their alt text and whether they are decorative', () => {
		const body =
			'![](/a.png)\n\n<Figure src="/b.png" alt="A chart" />\n\n<Figure src="/c.png" alt="" decorative />\n\n<Figure src="/d.png" alt="" decorative={true} />\n';
		expect(outlineBody(body).images.map(({ name, alt, decorative }) => [name, alt, decorative])).toEqual([
			['image', '', false],
			['Figure', 'A chart', false],
			['Figure', '', true],
			['Figure', '', true],
		]);
	});

	test('counts ids written on components', () => {
		expect(outlineBody('<section id="methods">\n\nText\n\n</section>\n').ids).toEqual(['methods']);
	});

	test('throws the parser’s error, with its line, for MDX it cannot read', () => {
		expect(() => outlineBody('Fine.\n\n<Callout>\n\nNever closed.\n')).toThrow(/Callout/);
	});
});

describe('outlineBody components', () => {
	test('lists every component with its attributes and line', () => {
		expect(
			outlineBody('Text.[^1]\n\n<BarChart dataset="mix" group="roles" />\n\n[^1]: <Source id="x" />.\n').components,
		).toEqual([
			{ name: 'BarChart', attributes: { dataset: 'mix', group: 'roles' }, line: 3 },
			{ name: 'Source', attributes: { id: 'x' }, line: 5 },
		]);
	});
});
