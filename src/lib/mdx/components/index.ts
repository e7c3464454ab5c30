import { areasFigure } from './areas-figure.ts';
import { barChart } from './bar-chart.ts';
import { callout } from './callout.ts';
import { figure } from './figure.ts';
import { keyPoints } from './key-points.ts';
import { processFigure } from './process-figure.ts';
import { pullQuote } from './pull-quote.ts';
import { rankFigure } from './rank-figure.ts';
import { source } from './source.ts';
import { stat } from './stat.ts';
import type { ComponentRenderer } from './types.ts';
import { video } from './video.ts';

export type { ComponentContext, ComponentProps, ComponentRenderer } from './types.ts';

/**
 * The components editors can use in any MDX entry without importing them, by the name they write. Their markup is
 * made here, once, for the content loader (src/lib/mdx/expand-components.ts) and for the .astro wrappers in
 * src/components/mdx/ that layouts use and whose `interface Props` the editors' guide documents.
 */
export const componentRenderers: Readonly<Record<string, ComponentRenderer>> = {
	AreasFigure: areasFigure,
	BarChart: barChart,
	Callout: callout,
	Figure: figure,
	KeyPoints: keyPoints,
	ProcessFigure: processFigure,
	PullQuote: pullQuote,
	RankFigure: rankFigure,
	Source: source,
	Stat: stat,
	Video: video,
};
