import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';

/** The width every drawn figure is designed at; it scales to its column (up to the CSS max), text with it. */
export const FIGURE_WIDTH = 300;

/**
 * Splits text into lines of at most `maxChars` characters at spaces (a longer word gets a line of its own):
 * `wrapText('Building skills and capability', 16)` => `['Building skills', 'and capability']`.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** An SVG `<text>` of wrapped lines, the first baseline at `y`, each next one `lineHeight` lower. */
export function textLines(
	lines: readonly string[],
	{
		x,
		y,
		lineHeight,
		className,
		anchor,
	}: { x: number; y: number; lineHeight: number; className: string; anchor?: string },
): Element {
	return s(
		'text',
		{ class: className, x, y, textAnchor: anchor },
		lines.map((line, i) => s('tspan', { x, dy: i === 0 ? 0 : lineHeight }, line)),
	);
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "21st". */
export function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** What every drawn figure is made of: its caption, the drawing, its data as a table, and where the data is from. */
export interface DataFigure {
	/** Unique on the page; the table's id derives from it. */
	id: string;
	/** The figure's caption, e.g. "The Lab's three-stage process". */
	title: string;
	/** What the drawing shows, in a sentence or two: the drawing's text alternative. */
	alt: string;
	/** The drawing's height in the FIGURE_WIDTH-wide coordinate system. */
	height: number;
	/** The drawing's shapes and text. */
	drawing: ElementContent[];
	/** The data as a table: header cells, then rows (the first cell of each names the row), text or elements. */
	table: { head: string[]; rows: (string | ElementContent)[][] };
	/** Whether the table is shown open (it holds text the drawing leaves out) or folded under the drawing. */
	tableOpen?: boolean;
	source?: string | undefined;
	/** A class naming the kind of figure, e.g. 'timeline'. */
	kind: string;
}

/**
 * The `<figure>` of a drawn figure, as hast so any renderer can serialise it: a caption, an SVG with its text
 * alternative (`role="img"` and `aria-label`; its shapes are hidden from search), then the same data as a table.
 */
export function dataFigure(figure: DataFigure): Element {
	const table = h('table', { class: 'data-figure-table', id: `${figure.id}-data` }, [
		h('caption', { class: 'sr-only', dataPagefindIgnore: '' }, `${figure.title}: the data`),
		h('thead', [
			h(
				'tr',
				figure.table.head.map((cell) => h('th', { scope: 'col' }, cell)),
			),
		]),
		h(
			'tbody',
			figure.table.rows.map((row) =>
				h(
					'tr',
					row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', cell))),
				),
			),
		),
	]);
	// A wide table scrolls sideways in its own focusable region rather than widen the page (as in the prose).
	const scroll = h('section', { class: 'table-scroll', tabIndex: 0, ariaLabel: `Table: ${figure.title}` }, [table]);
	return h('figure', { class: `data-figure data-figure-${figure.kind}` }, [
		h('figcaption', { class: 'data-figure-title' }, figure.title),
		s(
			'svg',
			{
				class: 'data-figure-svg',
				viewBox: `0 0 ${FIGURE_WIDTH} ${figure.height}`,
				role: 'img',
				ariaLabel: figure.alt,
				dataPagefindIgnore: '',
			},
			figure.drawing,
		),
		figure.tableOpen
			? scroll
			: h('details', { class: 'data-figure-data' }, [
					h('summary', { dataPagefindIgnore: '' }, 'The data as a table'),
					scroll,
				]),
		...(figure.source ? [h('p', { class: 'data-figure-source' }, `Source: ${figure.source}`)] : []),
	]);
}

/** An id for a figure from its caption: `figureId("The Lab's process")` => `'figure-the-lab-s-process'`. */
export const figureId = (title: string): string =>
	`figure-${title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;
