import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { dataFigure, FIGURE_WIDTH, ordinal, textLines, wrapText } from './figure.ts';

/** Where one group ranked the factor. */
export interface GroupRank {
	/** The group, e.g. "People who had used peer support". */
	label: string;
	/** 1 is the most important. */
	rank: number;
}

const ROW = 78;
const MARGIN = 12;

/**
 * Where groups ranked one factor among `outOf`: for each group, a row of `outOf` places, 1st (most important) on the
 * left, with the group's place marked and named. The table gives each group's rank.
 */
export function rankFigure(
	groups: readonly GroupRank[],
	{
		id,
		title,
		factor,
		outOf,
		source,
	}: { id: string; title: string; factor: string; outOf: number; source?: string | undefined },
): Element {
	if (!Number.isInteger(outOf) || outOf < 2) throw new Error(`A ranking needs 2 or more places, not ${outOf}.`);
	for (const group of groups) {
		if (!Number.isInteger(group.rank) || group.rank < 1 || group.rank > outOf) {
			throw new Error(`"${group.label}" ranks ${group.rank}, which is not a place from 1 to ${outOf}.`);
		}
	}
	const step = (FIGURE_WIDTH - 2 * MARGIN) / (outOf - 1);
	const x = (place: number) => Math.round((MARGIN + (place - 1) * step) * 10) / 10;
	let bottom = 0;
	const drawing: ElementContent[] = groups.flatMap((group) => {
		const lines = wrapText(group.label, 40);
		const top = bottom;
		const dotsY = top + 32 + lines.length * 16;
		bottom = dotsY + ROW - 48;
		const places: ElementContent[] = Array.from({ length: outOf }, (_, p) =>
			s('circle', {
				class: p + 1 === group.rank ? 'data-figure-mark' : 'data-figure-place',
				cx: x(p + 1),
				cy: dotsY,
				r: p + 1 === group.rank ? 8 : 4,
			}),
		);
		const at = x(group.rank);
		return [
			textLines(lines, { x: 0, y: top + 14, lineHeight: 16, className: 'data-figure-label' }),
			s('line', { class: 'data-figure-axis-line', x1: x(1), x2: x(outOf), y1: dotsY, y2: dotsY }),
			...places,
			s(
				'text',
				{
					class: 'data-figure-value',
					x: at,
					y: dotsY + 24,
					textAnchor: at < 30 ? 'start' : at > FIGURE_WIDTH - 30 ? 'end' : 'middle',
				},
				`${ordinal(group.rank)} of ${outOf}`,
			),
		];
	});
	const footY = bottom + 8;
	drawing.push(
		s('text', { class: 'data-figure-axis', x: 0, y: footY }, `← ${ordinal(1)}, most important`),
		s('text', { class: 'data-figure-axis', x: FIGURE_WIDTH, y: footY, textAnchor: 'end' }, `${ordinal(outOf)} →`),
	);
	return dataFigure({
		id,
		kind: 'rank',
		title,
		alt: `Where each group ranked “${factor}” among ${outOf} factors, 1st being the most important: ${groups.map((g) => `${g.label}, ${ordinal(g.rank)}`).join('; ')}.`,
		height: footY + 6,
		drawing,
		table: {
			head: ['Group', `Rank of “${factor}” (out of ${outOf})`],
			rows: groups.map((g) => [g.label, ordinal(g.rank)]),
		},
		tableOpen: true,
		source,
	});
}
