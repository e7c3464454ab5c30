import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { areasFigure } from '../../../../src/lib/charts/areas';
import { figureId } from '../../../../src/lib/charts/figure';
import { rankFigure } from '../../../../src/lib/charts/rank';
import { callout } from '../../../../src/lib/mdx/components/callout';
import { MdxSourceError } from '../../../../src/lib/mdx/expand-components';
import { markdownPipelineFor } from '../../../../src/lib/markdown/pipeline';
import { blankFrontmatter, componentHtml, createMdxRenderer, escapeText } from '../../../../src/lib/mdx/render-mdx';

const context = {
	sources: [
		{ id: 'rand-report', title: 'Evaluation', publisher: 'RAND Europe', url: 'https://rand.org/x', date: '2018-09' },
	],
	datasets: new Map([
		[
			'mix',
			{
				title: 'Who took part',
				source: 'The Lab',
				unit: '%',
				groups: [{ id: 'roles', title: 'Roles', items: [{ label: 'Clinical', value: 40 }] }],
			},
		],
	]),
	base: '/lab/',
};
const render = createMdxRenderer(markdownPipelineFor('/lab/'), context);
const failure = (source: string) => {
	try {
		render(source, '/site/content/essays/x.mdx');
	} catch (error) {
		if (error instanceof MdxSourceError) return { reason: error.reason, line: error.line, hint: error.hint };
		throw error;
	}
	throw new Error('rendered without an error');
};

describe('createMdxRenderer', () => {
	test('renders Markdown with GFM, heading ids, anchors and footnotes, and reports the headings', () => {
		const { html, headings } = render(
			"---\ntitle: x\n---\n\n## What it's for\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nText.[^1]\n\n[^1]: A note.\n",
			'/x.mdx',
		);
		expect(headings).toEqual([
			{ depth: 2, slug: 'what-its-for', text: 'What it’s for' },
			{ depth: 2, slug: 'footnote-label', text: 'Notes' },
		]);
		expect(html).toContain(
			'<div class="heading heading-h2"><h2 id="what-its-for">What it’s for</h2><a class="heading-anchor" data-pagefind-ignore href="#what-its-for">',
		);
		expect(html).toContain('<table><thead><tr><th>a</th><th>b</th></tr></thead>');
		expect(html).toContain('data-footnote-backref aria-label="Back to reference 1"');
	});

	test('renders components with their Markdown children and data, and gives root links the base', () => {
		const { html } = render(
			'<Callout type="tip">\n\nSee [the FAQ](/about/) & more.\n\n</Callout>\n\nAs shown.<Source id="rand-report" />\n\n<BarChart dataset="mix" group="roles" />\n',
			'/x.mdx',
		);
		expect(html).toContain(
			'<aside class="callout callout-tip" aria-label="Tip"><p class="callout-title">Tip</p><p>See <a href="/lab/about/">the FAQ</a> &amp; more.</p></aside>',
		);
		expect(html).toContain('<span class="source" data-source-id="rand-report">RAND Europe, “<cite>Evaluation</cite>”');
		expect(html).toContain('<figure class="bar-chart">');
	});

	test('gives a component’s own heading no id or anchor, as when Astro rendered it', () => {
		const { html, headings } = render('<KeyPoints>\n\n- One\n\n</KeyPoints>\n', '/x.mdx');
		expect(html).toContain('<h2 class="key-points-title">Key points</h2>');
		expect(headings).toEqual([]);
	});

	test('draws the figure components with src/lib/charts/, from list-of-object attributes', () => {
		const areas = [
			{ name: 'Understanding', description: 'Seeing the problem whole.' },
			{ name: 'Testing', description: "Trying ideas out, at the Lab's pace." },
		];
		const { html } = render(
			`<AreasFigure\n  title="The Lab's areas"\n  areas={[\n    { name: "Understanding", description: "Seeing the problem whole." },\n    { name: 'Testing', "description": "Trying ideas out, at the Lab's pace." },\n  ]}\n/>\n`,
			'/x.mdx',
		);
		expect(html).toBe(toHtml(areasFigure(areas, { id: figureId("The Lab's areas"), title: "The Lab's areas" })));
		const ranks = render(
			'<RankFigure title="Ranks" factor="peers" outOf={12} groups={[{ label: "A", rank: 9 }, { label: "B", rank: 4 }]} />\n',
			'/x.mdx',
		).html;
		expect(ranks).toBe(
			toHtml(
				rankFigure(
					[
						{ label: 'A', rank: 9 },
						{ label: 'B', rank: 4 },
					],
					{ id: figureId('Ranks'), title: 'Ranks', factor: 'peers', outOf: 12 },
				),
			),
		);
		expect(
			render('<ProcessFigure title="Steps" stages={[{ name: "One" }, { name: "Two" }]} />\n', '/x.mdx').html,
		).toContain('<figure');
	});

	test('drops comments and reads literal attribute values (root-relative src gets the base)', () => {
		const { html } = render(
			'{/* a note to editors */}\n\n<Figure src="/a.png" alt="" decorative={true} />\n',
			'/x.mdx',
		);
		expect(html).toBe('<figure class="figure"><img src="/lab/a.png" alt loading="lazy" decoding="async"></figure>');
	});

	test('escapes only & and " in attribute values, as Astro does', () => {
		const { html } = render(`<Figure src="data:image/svg+xml,%3Csvg%20a='1'%3E" alt="A & \`B\`" />\n`, '/x.mdx');
		expect(html).toContain(`<img src="data:image/svg+xml,%3Csvg%20a='1'%3E" alt="A &amp; \`B\`"`);
	});

	test.each([
		['an unknown component', '---\ntitle: x\n---\n\n<Calout>\n\nHi\n\n</Calout>\n', 5, '<Calout> is not a component.'],
		['a quote without a source', 'Text.\n\n<PullQuote>\n\nHi\n\n</PullQuote>\n', 3, 'PullQuote needs a source'],
		[
			'an unknown source',
			'\nSee <Source id="rand-reports" />.\n',
			2,
			'<Source id="rand-reports" />: there is no source',
		],
		['an import', "import X from './x.astro';\n\nHi\n", 1, 'import and export statements are not supported'],
		['code in an attribute', '<Stat value={1 + 1} label="x" />\n', 1, 'is code, which MDX entries cannot run'],
		[
			'code inside a list attribute',
			'\n<ProcessFigure title="x" stages={[{ name: label }]} />\n',
			2,
			'is code, which MDX entries cannot run',
		],
		['a figure without its list', '<AreasFigure title="x" />\n', 1, 'AreasFigure needs areas, a list'],
		['a syntax error', 'Hi\n\n<Callout type="tip"\n', 4, 'Unexpected end of file'],
	])('names the line of %s', (_name, source, line, reason) => {
		const error = failure(source);
		expect(error.line).toBe(line);
		expect(error.reason).toContain(reason);
	});

	test('suggests the nearest source id', () => {
		expect(failure('<Source id="rand-reports" />\n').hint).toContain('Did you mean rand-report?');
	});
});

describe('blankFrontmatter', () => {
	test.each([
		['---\ntitle: x\n---\n# Hi', '\n\n\n# Hi'],
		['---\n---\nBody', '\n\nBody'],
		['No frontmatter', 'No frontmatter'],
	])('keeps the lines of %j', (source, expected) => {
		expect(blankFrontmatter(source)).toBe(expected);
	});
});

describe('escapeText', () => {
	test('escapes as Astro does', () => {
		expect(escapeText(`A&E <b> "it's"`)).toBe('A&amp;E &lt;b&gt; &quot;it&#39;s&quot;');
	});
});

describe('componentHtml', () => {
	test('wraps a slot’s HTML in the component’s markup', () => {
		expect(componentHtml(callout, { title: 'Lab’s view' }, '<p>Hi</p>', context)).toBe(
			'<aside class="callout callout-note" aria-label="Lab’s view"><p class="callout-title">Lab’s view</p><p>Hi</p></aside>',
		);
	});
});
