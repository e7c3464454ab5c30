import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { dataFigure, FIGURE_WIDTH, textLines, wrapText } from './figure.ts';

/** One area of a model, e.g. an area of impact: its name and what it means. */
export interface Area {
	name: string;
	description: string;
}

const GAP = 8;
const CELL_HEIGHT = 84;

/**
 * Areas of a model as a grid of tiles, two to a row, each numbered with its name; the table gives each area's
 * meaning. `areasFigure(fourAreas, …)` draws a two-by-two grid.
 */
export function areasFigure(
	areas: readonly Area[],
	{ id, title, source }: { id: string; title: string; source?: string | undefined },
): Element {
	if (areas.length < 2) throw new Error('An areas figure needs at least two areas.');
	const width = (FIGURE_WIDTH - GAP) / 2;
	const drawing: ElementContent[] = areas.flatMap((area, i) => {
		const left = (i % 2) * (width + GAP);
		const top = Math.floor(i / 2) * (CELL_HEIGHT + GAP);
		const lines = wrapText(area.name, 18);
		const middle = top + CELL_HEIGHT / 2 + 10;
		return [
			s('rect', { class: 'data-figure-tile', x: left, y: top, width, height: CELL_HEIGHT, rx: 6 }),
			s('text', { class: 'data-figure-number', x: left + 12, y: top + 22 }, String(i + 1)),
			textLines(lines, {
				x: left + width / 2,
				y: middle - ((lines.length - 1) * 17) / 2,
				lineHeight: 17,
				className: 'data-figure-label',
				anchor: 'middle',
			}),
		];
	});
	const rows = Math.ceil(areas.length / 2);
	return dataFigure({
		id,
		kind: 'areas',
		title,
		alt: `${areas.length} areas side by side, none ranked above another: ${areas.map((a) => a.name).join('; ')}.`,
		height: rows * CELL_HEIGHT + (rows - 1) * GAP,
		drawing,
		table: { head: ['Area', 'What it means in practice'], rows: areas.map((a) => [a.name, a.description]) },
		tableOpen: true,
		source,
	});
}
