import { z } from 'astro/zod';
import { calendarFault } from '../calendar.ts';
import { friendly } from '../errors.ts';
import { text } from './shared.ts';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A month ("2018-05") or a day ("2018-09-14"): our sources are often known only to the month.
const monthOrDay = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
const dateHint = 'Write the date in quotes as "YYYY-MM" or "YYYY-MM-DD", for example "2018-05" or "2018-09-14".';

/** One entry of the bibliography in `content/sources/sources.yaml`, cited in footnotes with `<Source id="…" />`. */
export const SourceSchema = z.object({
	/** How footnotes cite it: lowercase words joined by hyphens, e.g. `rand-evaluation-report`. */
	id: z
		.string(friendly)
		.regex(kebabCase, 'Use lowercase letters, digits and single hyphens, e.g. rand-evaluation-report.')
		.describe('How footnotes cite it: lowercase words joined by hyphens, e.g. rand-evaluation-report.'),
	/** The page's own title; if the source gives none, a short factual description of the page. */
	title: text().describe('The page’s own title; if the source gives none, a short factual description of the page.'),
	/** Who published it, e.g. "Office for National Statistics" or "RAND Europe". */
	publisher: text().describe('Who published it, e.g. "Office for National Statistics" or "RAND Europe".'),
	/** The full web address, exactly as the source is found; leave out for documents without one. */
	url: z
		.url({ protocol: /^https?$/, error: 'Write the full web address, starting with https:// or http://.' })
		.optional()
		.describe('The full web address, exactly as the source is found; leave it out for documents without one.'),
	/** When it was published, only if known: "YYYY-MM" or "YYYY-MM-DD", in quotes. */
	date: z
		.string({ error: dateHint })
		.regex(monthOrDay, dateHint)
		.superRefine((date, ctx) => {
			const fault = calendarFault(date);
			if (fault) {
				ctx.addIssue({
					code: 'custom',
					input: date,
					message: `"${date}" is not a date on the calendar: ${fault.reason}. Write a real date in quotes, for example "${fault.example}".`,
				});
			}
		})
		.optional()
		.describe('When it was published, only if known: "YYYY-MM" or "YYYY-MM-DD", in quotes.'),
});

export type SourceInput = z.input<typeof SourceSchema>;
export type Source = z.output<typeof SourceSchema>;
