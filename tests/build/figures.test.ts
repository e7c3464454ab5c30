import { describe, expect, test } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';

// Figures drawn from data on the real site: each is an SVG in the HTML with a text alternative and its data as a
// table that agree, drawn at build time with no script. Invariants only; the charts' own tests pin the drawing.

const pages = htmlFiles(siteDist).map((file) => ({ file, html: page(siteDist, `/${file}`) }));
const figures = pages.flatMap(({ file, html }) =>
	html.querySelectorAll('figure.data-figure').map((figure) => ({ file, figure })),
);

describe('figures drawn from data', () => {
	test('the site has them: a timeline on every project with phases, and figures in essays', () => {
		const projects = pages.filter(({ file }) => /^projects\/[^/]+\/index\.html$/.test(file));
		expect(projects.length).toBeGreaterThan(0);
		for (const { file, html } of projects) {
			const phases = html.querySelector('#phases');
			if (phases) expect(html.querySelector('.data-figure-timeline'), file).not.toBeNull();
		}
		expect(
			new Set(figures.map(({ figure }) => figure.classNames.split(' ').find((c) => c.startsWith('data-figure-')))),
		).toEqual(new Set(['data-figure-timeline', 'data-figure-process', 'data-figure-areas', 'data-figure-rank']));
	});

	test.each(figures.map(({ file, figure }, i) => [`${file} #${i}`, figure] as const))(
		'%s: an SVG with a text alternative naming every row of its data table, and a caption',
		(_, figure) => {
			const svg = figure.querySelector('svg');
			expect(svg?.getAttribute('role')).toBe('img');
			const alt = svg?.getAttribute('aria-label') ?? '';
			expect(alt.length).toBeGreaterThan(20);
			expect(svg?.closest('[data-pagefind-ignore]')).not.toBeNull();
			expect(figure.querySelector('figcaption')?.text.trim()).not.toBe('');
			const rows = figure.querySelectorAll('tbody tr');
			expect(rows.length).toBeGreaterThan(0);
			const names = rows.map((row) => row.querySelector('th')!.text.trim());
			// A process numbers its rows; its names are the second column.
			const labels = figure.classNames.includes('data-figure-process')
				? rows.map((row) => row.querySelectorAll('td')[0]!.text.trim())
				: names;
			for (const label of labels) expect(alt).toContain(label);
			expect(svg?.querySelectorAll('script, foreignObject, [style]')).toHaveLength(0);
		},
	);

	test('no page shows a figure’s data twice: no other table lists the rows a figure’s table does', () => {
		const firstCells = (table: (typeof pages)[number]['html']) =>
			table.querySelectorAll('tbody tr').map((row) => row.querySelector('th, td')?.text.trim().toLowerCase() ?? '');
		for (const { file, html } of pages) {
			const others = html.querySelectorAll('table').filter((t) => !t.closest('.data-figure'));
			for (const table of html.querySelectorAll('.data-figure table')) {
				const rows = new Set(firstCells(table));
				for (const other of others) {
					const shared = firstCells(other).filter((cell) => rows.has(cell));
					expect(shared, `${file}: a table repeats a figure’s rows`).toEqual([]);
				}
			}
		}
	});
});
