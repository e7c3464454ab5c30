import { z } from 'astro/zod';
import { friendly } from '../errors.ts';
import { list, text } from './shared.ts';

/** One bar of a chart: a label and its value. */
export const DatasetItemSchema = z.object({
	/** What the bar stands for, e.g. "Clinical". */
	label: text().describe('What the bar stands for, e.g. "Clinical".'),
	/** The bar's value, in the dataset's unit. */
	value: z.number(friendly).nonnegative(friendly).describe('The bar’s value, in the dataset’s unit; 0 or more.'),
});

/** A set of figures in `content/datasets/<id>.yaml`, charted with `<BarChart dataset="<id>" group="…" />`. */
export const DatasetSchema = z.object({
	/** The chart's title. */
	title: text().describe('The chart’s title.'),
	/** Where the figures come from, shown under the chart. */
	source: text().describe('Where the figures come from, shown under the chart.'),
	/** A caveat shown with the chart, e.g. "Shares are approximate."; optional. */
	note: z.string(friendly).trim().optional().describe('A caveat shown with the chart, e.g. "Shares are approximate."'),
	/** The unit of every value, e.g. "%"; optional. */
	unit: z.string(friendly).default('').describe('The unit of every value, e.g. "%".'),
	/** Groups of bars; each is charted on its own. */
	groups: list(
		z.object({
			/** How a chart refers to this group, e.g. `roles`. */
			id: z
				.string(friendly)
				.regex(/^[a-z0-9-]+$/, 'Use lowercase letters, digits and hyphens, e.g. roles.')
				.describe('How a chart refers to this group, e.g. roles.'),
			/** The group's heading, e.g. "Roles". */
			title: text().describe('The group’s heading, e.g. "Roles".'),
			/** The bars, in the order shown. */
			items: list(DatasetItemSchema, { min: 1 }).describe('The bars, in the order shown: each has label and value.'),
		}),
		{ min: 1 },
	).describe('Groups of bars, each charted on its own: each has id, title and items.'),
});

export type DatasetInput = z.input<typeof DatasetSchema>;
export type Dataset = z.output<typeof DatasetSchema>;
