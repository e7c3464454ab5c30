import { describe, expect, test } from 'vitest';
import { barChartLayout, formatValue } from '../../../../src/lib/charts/bar-chart';

describe('barChartLayout', () => {
	const data = [
		{ label: 'Clinical', value: 25 },
		{ label: 'Managerial', value: 50 },
		{ label: 'Quality improvement', value: 15 },
	];

	test('scales bars so the largest takes the span, keeping ratios', () => {
		const { bars } = barChartLayout(data);
		expect(bars.map((b) => b.widthPercent)).toEqual([40, 80, 24]);
	});

	test('scales against a given maximum, clamping values above it', () => {
		const { bars } = barChartLayout([...data, { label: 'Over', value: 150 }], { max: 100, span: 90 });
		expect(bars.map((b) => b.widthPercent)).toEqual([22.5, 45, 13.5, 90]);
	});

	test('stacks rows of label then bar, and sizes the chart to fit them', () => {
		const { bars, height } = barChartLayout(data, { labelHeight: 20, barHeight: 10, rowGap: 5 });
		expect(bars.map((b) => [b.labelY, b.barY])).toEqual([
			[12, 20],
			[47, 55],
			[82, 90],
		]);
		expect(height).toBe(3 * 35 - 5);
	});

	test('puts each value label just after its bar, centred on it', () => {
		const [bar] = barChartLayout([{ label: 'A', value: 10 }], { barHeight: 20, labelHeight: 20 }).bars;
		expect(bar).toMatchObject({ widthPercent: 80, valueXPercent: 81.5, valueY: 20 + 10 + 5 });
	});

	test('draws zero-length bars when every value is zero', () => {
		expect(barChartLayout([{ label: 'None', value: 0 }]).bars[0]?.widthPercent).toBe(0);
	});

	test('returns an empty chart for no data', () => {
		expect(barChartLayout([])).toEqual({ height: 0, bars: [] });
	});

	test('names the bar whose value cannot be charted', () => {
		expect(() => barChartLayout([{ label: 'Broken', value: -1 }])).toThrowErrorMatchingInlineSnapshot(
			`[Error: Bar "Broken" has the value -1; a bar chart needs numbers of 0 or more.]`,
		);
	});
});

describe('formatValue', () => {
	test.each([
		[25, '%', '25%'],
		[1200, 'people', '1,200 people'],
		[3.5, '', '3.5'],
	])('%d with unit "%s" => %s', (value, unit, expected) => expect(formatValue(value, unit)).toBe(expected));
});
