/** One bar: what it stands for and its value. */
export interface BarDatum {
	label: string;
	value: number;
}

/** Sizes of the chart's rows, in CSS pixels; the defaults suit body text at 16–19px. */
export interface BarChartOptions {
	/** The value a full-length bar stands for; defaults to the largest value. */
	max?: number;
	/** Height of a bar. */
	barHeight?: number;
	/** Space above a bar for its label. */
	labelHeight?: number;
	/** Space between one bar and the next row's label. */
	rowGap?: number;
	/** Share of the width (0–100) the longest bar may take; the rest keeps room for its value label. */
	span?: number;
}

/** Geometry of one bar. Horizontal positions are percentages of the chart's width, vertical ones pixels. */
export interface BarGeometry extends BarDatum {
	/** Baseline of the label text above the bar. */
	labelY: number;
	barY: number;
	barHeight: number;
	/** The bar's width, as a percentage of the chart's width. */
	widthPercent: number;
	/** Where the value label starts, as a percentage of the chart's width. */
	valueXPercent: number;
	/** Baseline of the value label, centred on the bar. */
	valueY: number;
}

export interface BarChartLayout {
	/** The chart's height in pixels; its width is the container's. */
	height: number;
	bars: BarGeometry[];
}

/**
 * Lays out a horizontal bar chart whose width follows its container: bar lengths and value positions are
 * percentages of the width, so text never scales with the chart and the chart reflows down to 320px.
 * Each row is a label on its own line, then the bar with its value at the end.
 * `barChartLayout([{ label: 'A', value: 50 }, { label: 'B', value: 25 }])` => bars of 80% and 40%.
 */
export function barChartLayout(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
	const { barHeight = 22, labelHeight = 26, rowGap = 14, span = 80 } = options;
	for (const { label, value } of data) {
		if (!Number.isFinite(value) || value < 0) {
			throw new Error(`Bar "${label}" has the value ${value}; a bar chart needs numbers of 0 or more.`);
		}
	}
	const max = options.max ?? Math.max(0, ...data.map((d) => d.value));
	const row = labelHeight + barHeight + rowGap;
	const bars = data.map((datum, index) => {
		const top = index * row;
		const widthPercent = max > 0 ? round((Math.min(datum.value, max) / max) * span) : 0;
		return {
			...datum,
			labelY: top + labelHeight - 8,
			barY: top + labelHeight,
			barHeight,
			widthPercent,
			valueXPercent: round(widthPercent + 1.5),
			valueY: top + labelHeight + barHeight / 2 + 5,
		};
	});
	return { height: Math.max(0, data.length * row - rowGap), bars };
}

/** A value with its unit: `formatValue(25, '%')` => "25%", `formatValue(1200, 'people')` => "1,200 people". */
export function formatValue(value: number, unit = ''): string {
	const number = new Intl.NumberFormat('en-GB').format(value);
	if (!unit) return number;
	return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

const round = (n: number) => Math.round(n * 100) / 100;
