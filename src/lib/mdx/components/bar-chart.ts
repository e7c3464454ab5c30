import type { ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { barChartLayout, formatValue } from '../../charts/bar-chart.ts';
import { stringProp, type ComponentContext, type ComponentProps } from './types.ts';

/**
 * `<BarChart dataset="…" group="…" />`: one group of a dataset drawn as an SVG at build time, with the figures as a
 * table. The SVG's widths are percentages, so it reflows without scaling its text; screen readers get the same
 * figures from the table, so the drawing itself is hidden from them.
 */
export function barChart(
	props: ComponentProps,
	_children: ElementContent[],
	{ datasets }: ComponentContext,
): ElementContent {
	const datasetId = stringProp(props, 'dataset') ?? '';
	const groupId = stringProp(props, 'group') ?? '';
	const dataset = datasets.get(datasetId);
	if (!dataset) throw new Error(`BarChart: there is no dataset "${datasetId}" in content/datasets/.`);
	const chosen = dataset.groups.find((g) => g.id === groupId);
	if (!chosen) {
		throw new Error(
			`BarChart: dataset "${datasetId}" has no group "${groupId}". Use one of: ${dataset.groups.map((g) => g.id).join(', ')}.`,
		);
	}
	const { unit } = dataset;
	const { height, bars } = barChartLayout(chosen.items);
	return h('figure', { class: 'bar-chart' }, [
		h('figcaption', { class: 'bar-chart-title' }, [
			h('span', { class: 'bar-chart-group' }, chosen.title),
			' ',
			h('span', { class: 'bar-chart-dataset' }, dataset.title),
		]),
		s(
			'svg',
			{ class: 'bar-chart-svg', width: '100%', height: String(height), ariaHidden: 'true', focusable: 'false' },
			bars.map((bar) =>
				s('g', [
					s('text', { class: 'bar-chart-label', x: '0', y: String(bar.labelY) }, bar.label),
					s('rect', {
						class: 'bar-chart-bar',
						x: '0',
						y: String(bar.barY),
						width: `${bar.widthPercent}%`,
						height: String(bar.barHeight),
						rx: '3',
					}),
					s(
						'text',
						{ class: 'bar-chart-value', x: `${bar.valueXPercent}%`, y: String(bar.valueY) },
						formatValue(bar.value, unit),
					),
				]),
			),
		),
		h('details', { class: 'bar-chart-data' }, [
			h('summary', { dataPagefindIgnore: '' }, 'The figures as a table'),
			h('table', [
				h('caption', { class: 'sr-only', dataPagefindIgnore: '' }, `${dataset.title}: ${chosen.title}`),
				h('thead', [
					h('tr', [
						h('th', { scope: 'col' }, chosen.title),
						h('th', { scope: 'col' }, `Value${unit ? ` (${unit})` : ''}`),
					]),
				]),
				h(
					'tbody',
					chosen.items.map((item) =>
						h('tr', [h('th', { scope: 'row' }, item.label), h('td', formatValue(item.value, unit))]),
					),
				),
			]),
		]),
		h('p', { class: 'bar-chart-source' }, `Source: ${dataset.source}${dataset.note ? `. ${dataset.note}` : ''}`),
	]);
}
