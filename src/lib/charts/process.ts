import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { dataFigure, textLines, wrapText } from './figure.ts';

/** One stage of a process: its name and, optionally, what happens in it. */
export interface ProcessStage {
	name: string;
	description?: string | undefined;
}

const ROW = 64;
const RADIUS = 17;
const CENTRE_X = 24;

/**
 * A process as numbered steps down the page, joined by arrows: each stage's number in a circle, its name beside it.
 * The table lists the stages in order, with what happens in each when given.
 */
export function processFigure(
	stages: readonly ProcessStage[],
	{ id, title, source }: { id: string; title: string; source?: string | undefined },
): Element {
	if (stages.length < 2) throw new Error('A process figure needs at least two stages.');
	const drawing: ElementContent[] = stages.flatMap((stage, i) => {
		const centreY = i * ROW + RADIUS + 2;
		const lines = wrapText(stage.name, 30);
		const shapes: ElementContent[] = [
			s('circle', { class: 'data-figure-step', cx: CENTRE_X, cy: centreY, r: RADIUS }),
			s('text', { class: 'data-figure-number', x: CENTRE_X, y: centreY + 6, textAnchor: 'middle' }, String(i + 1)),
			textLines(lines, {
				x: CENTRE_X + RADIUS + 14,
				y: centreY + 6 - ((lines.length - 1) * 18) / 2,
				lineHeight: 18,
				className: 'data-figure-label',
			}),
		];
		if (i < stages.length - 1) {
			const from = centreY + RADIUS + 4;
			const to = centreY + ROW - RADIUS - 4;
			shapes.push(
				s('line', { class: 'data-figure-connector', x1: CENTRE_X, x2: CENTRE_X, y1: from, y2: to - 5 }),
				s('path', {
					class: 'data-figure-arrow',
					d: `M${CENTRE_X - 5} ${to - 6}L${CENTRE_X} ${to}L${CENTRE_X + 5} ${to - 6}Z`,
				}),
			);
		}
		return shapes;
	});
	const described = stages.some((stage) => stage.description);
	return dataFigure({
		id,
		kind: 'process',
		title,
		alt: `A process in ${stages.length} stages, one after another: ${stages.map((stage, i) => `${i + 1}, ${stage.name}`).join('; ')}.`,
		height: (stages.length - 1) * ROW + 2 * RADIUS + 4,
		drawing,
		table: {
			head: described ? ['Stage', 'Name', 'What happens'] : ['Stage', 'Name'],
			rows: stages.map((stage, i) => [String(i + 1), stage.name, ...(described ? [stage.description ?? ''] : [])]),
		},
		tableOpen: described,
		source,
	});
}
