import AreasFigure from './AreasFigure.astro';
import BarChart from './BarChart.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import ProcessFigure from './ProcessFigure.astro';
import PullQuote from './PullQuote.astro';
import RankFigure from './RankFigure.astro';
import Source from './Source.astro';
import Stat from './Stat.astro';
import Video from './Video.astro';

/** Components editors can use in any MDX entry without importing them. */
export const mdxComponents = {
	AreasFigure,
	BarChart,
	Callout,
	Figure,
	KeyPoints,
	ProcessFigure,
	PullQuote,
	RankFigure,
	Source,
	Stat,
	Video,
};
