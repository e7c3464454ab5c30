import BarChart from './BarChart.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import PullQuote from './PullQuote.astro';
import Source from './Source.astro';
import Stat from './Stat.astro';
import Video from './Video.astro';

/** Components editors can use in any MDX entry without importing them. */
export const mdxComponents = { BarChart, Callout, Figure, KeyPoints, PullQuote, Source, Stat, Video };
