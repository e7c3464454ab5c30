import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { formatMonth, isoDate } from '../format.ts';
import { dataFigure, FIGURE_WIDTH, textLines, wrapText } from './figure.ts';

/** One phase of a project, as its `phases` frontmatter gives it. */
export interface TimelinePhase {
	name: string;
	/** First month of the phase. */
	start: Date;
	/** Last month of the phase (it runs to that month's end). */
	end: Date;
	summary: string;
}

const ROW = 50;
const BAR = 14;
const AXIS = 34;
const MARGIN = 6;

const month = (date: Date) => h('time', { dateTime: isoDate(date) }, formatMonth(date));

const monthAfter = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));

/**
 * A project's phases as a timeline: one row per phase, a bar from its first month to the end of its last, its name
 * above, and the years along the foot; the table lists each phase's months and what happened in it.
 */
export function timelineFigure(
	phases: readonly TimelinePhase[],
	{ id, title }: { id: string; title: string },
): Element {
	if (phases.length === 0) throw new Error('A timeline needs at least one phase.');
	for (const phase of phases) {
		if (phase.end < phase.start) throw new Error(`Phase "${phase.name}" ends before it starts.`);
	}
	const from = Math.min(...phases.map((p) => p.start.getTime()));
	const to = Math.max(...phases.map((p) => monthAfter(p.end).getTime()));
	const span = FIGURE_WIDTH - 2 * MARGIN;
	const x = (time: number) => Math.round((MARGIN + ((time - from) / (to - from)) * span) * 10) / 10;
	let bottom = 0;
	const drawing: ElementContent[] = phases.flatMap((phase) => {
		const left = x(phase.start.getTime());
		const right = x(monthAfter(phase.end).getTime());
		const lines = wrapText(phase.name, 36);
		const top = bottom + (lines.length - 1) * 16;
		bottom = top + ROW;
		const anchorEnd = left > FIGURE_WIDTH / 2;
		return [
			textLines(lines, {
				x: anchorEnd ? right : left,
				y: top + 16 - (lines.length - 1) * 16,
				lineHeight: 16,
				className: 'data-figure-label',
				anchor: anchorEnd ? 'end' : undefined,
			}),
			s('rect', {
				class: 'data-figure-mark',
				x: left,
				y: top + 24,
				width: Math.max(2, right - left),
				height: BAR,
				rx: 3,
			}),
		];
	});
	const axisY = bottom + 4;
	const years: ElementContent[] = [];
	const first = new Date(from).getUTCFullYear();
	for (let year = first; Date.UTC(year, 0, 1) <= to; year++) {
		const time = Math.max(from, Date.UTC(year, 0, 1));
		const at = x(time);
		years.push(
			s('line', { class: 'data-figure-tick', x1: at, x2: at, y1: axisY, y2: axisY + 6 }),
			s(
				'text',
				{ class: 'data-figure-axis', x: at, y: axisY + 22, textAnchor: at > FIGURE_WIDTH - 30 ? 'end' : 'start' },
				String(year),
			),
		);
	}
	drawing.push(
		s('line', { class: 'data-figure-axis-line', x1: MARGIN, x2: FIGURE_WIDTH - MARGIN, y1: axisY, y2: axisY }),
		...years,
	);
	const range = (p: TimelinePhase) => `${formatMonth(p.start)} to ${formatMonth(p.end)}`;
	return dataFigure({
		id,
		kind: 'timeline',
		title,
		alt: `A timeline of ${phases.length} ${phases.length === 1 ? 'phase' : 'phases'}, ${formatMonth(new Date(from))} to ${formatMonth(phases.at(-1)!.end)}: ${phases.map((p) => `${p.name}, ${range(p)}`).join('; ')}.`,
		height: axisY + AXIS - 6,
		drawing,
		table: {
			head: ['Phase', 'From', 'To', 'What happened'],
			rows: phases.map((p) => [p.name, month(p.start), month(p.end), p.summary]),
		},
		tableOpen: true,
	});
}
