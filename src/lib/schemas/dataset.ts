import { z } from 'astro/zod';

/** One bar of a chart: a label and its value. */
export const DatasetItemSchema = z.object({
	/** What the bar stands for, e.g. "Clinical". */
	label: z.string().trim().min(1),
	/** The bar's value, in the dataset's unit. */
	value: z.number().nonnegative(),
});

/** A set of figures in `content/datasets/<id>.yaml`, charted with `<BarChart dataset="<id>" group="…" />`. */
export const DatasetSchema = z.object({
	/** The chart's title. */
	title: z.string().trim().min(1),
	/** Where the figures come from, shown under the chart. */
	source: z.string().trim().min(1),
	/** A caveat shown with the chart, e.g. "Shares are approximate."; optional. */
	note: z.string().trim().optional(),
	/** The unit of every value, e.g. "%"; optional. */
	unit: z.string().default(''),
	/** Groups of bars; each is charted on its own. */
	groups: z
		.array(
			z.object({
				/** How a chart refers to this group, e.g. `roles`. */
				id: z.string().regex(/^[a-z0-9-]+$/, 'Use lowercase letters, digits and hyphens.'),
				/** The group's heading, e.g. "Roles". */
				title: z.string().trim().min(1),
				/** The bars, in the order shown. */
				items: z.array(DatasetItemSchema).min(1),
			}),
		)
		.min(1),
});

export type DatasetInput = z.input<typeof DatasetSchema>;
export type Dataset = z.output<typeof DatasetSchema>;
