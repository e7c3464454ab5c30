/**
 * The output files Astro rendered rather than reused, from its build log: `├─ /essays/x/index.md (+3ms)`, `└─` for
 * the last of a group, and with several pages in flight (`build.concurrency`) a path straight followed by the next
 * line's time; a reused one reads `├─ /essays/x/index.md (restored)`.
 */
export const renderedFiles = (output: string): string[] =>
	[...output.matchAll(/[├└]─ (\/\S*?)(?= \(\+|\d\d:\d\d:\d\d)/g)].map((match) => match[1]!);
