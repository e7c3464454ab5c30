import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { areasFigure } from '../../../../src/lib/charts/areas';
import { figureId, ordinal, wrapText } from '../../../../src/lib/charts/figure';
import { processFigure } from '../../../../src/lib/charts/process';
import { rankFigure } from '../../../../src/lib/charts/rank';
import { timelineFigure } from '../../../../src/lib/charts/timeline';

const month = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PHASES = [
	{ name: 'Research', start: month('2017-04-01'), end: month('2017-07-31'), summary: 'Understanding.' },
	{ name: 'Testing', start: month('2017-08-01'), end: month('2017-12-31'), summary: 'Trying ideas.' },
	{ name: 'Sharing', start: month('2018-01-01'), end: month('2018-05-31'), summary: 'Writing it up.' },
];

/** Elements matching 'tag', 'tag.class', 'a b' (b inside a) or 'a, b' (either): enough for these tests. */
function selectAll(selector: string, root: Element): Element[] {
	const matches = (node: Element, simple: string) => {
		const [tag, className] = simple.split('.');
		const classes = node.properties.className;
		return node.tagName === tag && (!className || (Array.isArray(classes) && classes.includes(className)));
	};
	const found: Element[] = [];
	visit(root, 'element', (node: Element) => {
		for (const alternative of selector.split(',').map((a) => a.trim())) {
			const parts = alternative.split(' ');
			if (!matches(node, parts.at(-1)!)) continue;
			if (parts.length === 1 || selectAll(parts[0]!, root).some((outer) => outer !== node && contains(outer, node))) {
				found.push(node);
				return;
			}
		}
	});
	return found;
}
const contains = (outer: Element, inner: Element): boolean =>
	outer.children.some((child) => child === inner || (child.type === 'element' && contains(child, inner)));

/** The figure's table as rows of cell texts, header first. */
const tableOf = (figure: Element) =>
	selectAll('tr', figure).map((row) => selectAll('th, td', row).map((cell) => toText(cell)));
const toText = (node: Element): string =>
	node.children
		.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? toText(child) : ''))
		.join('');
const svgOf = (figure: Element) => selectAll('svg', figure)[0]!;

describe('timelineFigure', () => {
	const figure = timelineFigure(PHASES, { id: 'phases', title: 'Phases' });

	test('draws one bar per phase, as long as the phase, side by side in time', () => {
		const bars = selectAll('rect', figure).map((r) => ({
			x: Number(r.properties.x),
			width: Number(r.properties.width),
		}));
		expect(bars).toHaveLength(3);
		// 4, 5 and 5 months.
		expect(bars[0]!.width / bars[1]!.width).toBeCloseTo(4 / 5, 1);
		expect(bars[1]!.x).toBeCloseTo(bars[0]!.x + bars[0]!.width, 0);
		expect(bars[2]!.x).toBeCloseTo(bars[1]!.x + bars[1]!.width, 0);
	});

	test('has a text alternative naming every phase and its months, and the data as a table', () => {
		expect(svgOf(figure).properties).toMatchObject({ role: 'img' });
		expect(svgOf(figure).properties.ariaLabel).toBe(
			'A timeline of 3 phases, April 2017 to May 2018: Research, April 2017 to July 2017; Testing, August 2017 to December 2017; Sharing, January 2018 to May 2018.',
		);
		expect(tableOf(figure)).toEqual([
			['Phase', 'From', 'To', 'What happened'],
			['Research', 'April 2017', 'July 2017', 'Understanding.'],
			['Testing', 'August 2017', 'December 2017', 'Trying ideas.'],
			['Sharing', 'January 2018', 'May 2018', 'Writing it up.'],
		]);
	});

	test('marks the years along the foot', () => {
		expect(selectAll('text.data-figure-axis', figure).map(toText)).toEqual(['2017', '2018']);
	});

	test('names a phase that ends before it starts', () => {
		expect(() =>
			timelineFigure([{ ...PHASES[0]!, end: month('2017-01-01') }], { id: 'x', title: 'x' }),
		).toThrowErrorMatchingInlineSnapshot(`[Error: Phase "Research" ends before it starts.]`);
	});
});

describe('processFigure', () => {
	const stages = [{ name: 'Understand' }, { name: 'Test ideas' }, { name: 'Share what was learned' }];
	const figure = processFigure(stages, { id: 'process', title: 'The process' });

	test('numbers each stage and joins them with arrows, one fewer than the stages', () => {
		expect(selectAll('text.data-figure-number', figure).map(toText)).toEqual(['1', '2', '3']);
		expect(selectAll('path.data-figure-arrow', figure)).toHaveLength(2);
	});

	test('has a text alternative and folds its table of stages under the drawing', () => {
		expect(svgOf(figure).properties.ariaLabel).toBe(
			'A process in 3 stages, one after another: 1, Understand; 2, Test ideas; 3, Share what was learned.',
		);
		expect(selectAll('details table', figure)).toHaveLength(1);
		expect(tableOf(figure).slice(1)).toEqual([
			['1', 'Understand'],
			['2', 'Test ideas'],
			['3', 'Share what was learned'],
		]);
	});

	test('shows the table open, with a column for them, when stages have descriptions', () => {
		const described = processFigure([{ name: 'A', description: 'First.' }, { name: 'B' }], { id: 'p', title: 'P' });
		expect(selectAll('details', described)).toHaveLength(0);
		expect(tableOf(described)).toEqual([
			['Stage', 'Name', 'What happens'],
			['1', 'A', 'First.'],
			['2', 'B', ''],
		]);
	});
});

describe('areasFigure', () => {
	const areas = [
		{ name: 'Understanding', description: 'Knowing the problem.' },
		{ name: 'Testing ideas', description: 'Trying them out.' },
		{ name: 'Skills', description: 'Building capability.' },
		{ name: 'Spreading learning', description: 'Sharing it.' },
	];
	const figure = areasFigure(areas, { id: 'areas', title: 'Four areas' });

	test('draws the areas two to a row', () => {
		const tiles = selectAll('rect', figure).map((r) => [Number(r.properties.x), Number(r.properties.y)]);
		expect(new Set(tiles.map(([x]) => x)).size).toBe(2);
		expect(new Set(tiles.map(([, y]) => y)).size).toBe(2);
	});

	test('has a text alternative and the areas with their meanings as a table', () => {
		expect(svgOf(figure).properties.ariaLabel).toContain('4 areas side by side');
		expect(tableOf(figure)).toEqual([
			['Area', 'What it means in practice'],
			...areas.map((a) => [a.name, a.description]),
		]);
	});
});

describe('rankFigure', () => {
	const groups = [
		{ label: 'Non-users', rank: 9 },
		{ label: 'Users', rank: 4 },
	];
	const figure = rankFigure(groups, { id: 'rank', title: 'Ranking', factor: 'meeting peers', outOf: 12 });

	test('marks each group’s place among all the places, further left for more important', () => {
		const marks = selectAll('circle.data-figure-mark', figure).map((c) => Number(c.properties.cx));
		expect(marks).toHaveLength(2);
		expect(marks[1]!).toBeLessThan(marks[0]!);
		expect(selectAll('circle', figure)).toHaveLength(24);
		expect(selectAll('text.data-figure-value', figure).map(toText)).toEqual(['9th of 12', '4th of 12']);
	});

	test('has a text alternative and the ranks as a table', () => {
		expect(svgOf(figure).properties.ariaLabel).toBe(
			'Where each group ranked “meeting peers” among 12 factors, 1st being the most important: Non-users, 9th; Users, 4th.',
		);
		expect(tableOf(figure)).toEqual([
			['Group', 'Rank of “meeting peers” (out of 12)'],
			['Non-users', '9th'],
			['Users', '4th'],
		]);
	});

	test('names a rank outside the places', () => {
		expect(() =>
			rankFigure([{ label: 'Users', rank: 13 }], { id: 'r', title: 'R', factor: 'f', outOf: 12 }),
		).toThrowErrorMatchingInlineSnapshot(`[Error: "Users" ranks 13, which is not a place from 1 to 12.]`);
	});
});

describe('helpers', () => {
	test.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[21, '21st'],
	])('ordinal(%i) is %s', (n, text) => expect(ordinal(n)).toBe(text));

	test('wrapText breaks at spaces within the width, and gives a long word its own line', () => {
		expect(wrapText('Building skills and capability', 16)).toEqual(['Building skills', 'and capability']);
		expect(wrapText('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
	});

	test('figureId makes an id from a caption', () => {
		expect(figureId("The Lab's process")).toBe('figure-the-lab-s-process');
	});

	test('every figure is a <figure> with a caption, an SVG hidden from search, and a table', () => {
		const html = toHtml(processFigure([{ name: 'A' }, { name: 'B' }], { id: 'p', title: 'P' }));
		expect(html).toMatch(
			/^<figure class="data-figure data-figure-process"><figcaption class="data-figure-title">P<\/figcaption><svg [^>]*role="img"[^>]*data-pagefind-ignore=""/,
		);
	});
});
