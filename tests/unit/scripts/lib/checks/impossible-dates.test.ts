import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../../../../scripts/lib/checks/frontmatter';
import { checkContent, CONTENT_CHECK_REPORT } from '../../../../../scripts/lib/checks/index';
import type { SourceFile } from '../../../../../scripts/lib/checks/types';
import { formatProblems } from '../../../../../scripts/lib/problem';
import { essayFrontmatter, file } from './entries';

// A date that is not on the calendar must be reported as written, in every collection that has dates, and never
// rolled over into another date (YAML reads 2018-13-45 as 14 February 2019).

const author = file('authors', 'lab.yaml', 'name: Lab\nrole: The fixture lab.');
const project = (fields: string) =>
	file('projects', 'pilot.mdx', `title: Pilot\nchallenge: Why?\nsummary: A project.\nstatus: completed\n${fields}`);
const goodProject = project('start: 2017-04-01\nend: 2018-05-31');
const sources = (date: string): SourceFile => ({
	collection: 'sources',
	relativePath: 'sources.yaml',
	path: 'content/sources/sources.yaml',
	source: `- id: report\n  title: A report\n  publisher: A lab\n  date: ${date}\n`,
});

const report = (files: SourceFile[]) =>
	formatProblems(checkContent(files, { now: new Date('2026-01-01') }), CONTENT_CHECK_REPORT);

describe('impossible dates', () => {
	test('essays: published and updated', () => {
		const essay = file('essays', 'one.mdx', essayFrontmatter({ published: '2018-13-45', updated: "'2019-02-29'" }));
		expect(report([author, goodProject, essay])).toMatchInlineSnapshot(`
			"Content check found 2 problems in 1 file.

			essays → one (content/essays/one.mdx)
			  line 8 **published**: 2018-13-45 is not a date on the calendar: there is no month 13 (months run from 01 to 12). Write a real date as YYYY-MM-DD, for example 2018-12-31.
			  line 9 **updated**: 2019-02-29 is not a date on the calendar: February 2019 has 28 days. Write a real date as YYYY-MM-DD, for example 2019-02-28.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('updates: published', () => {
		const update = file('updates', 'news.mdx', 'title: News\nsummary: An update.\npublished: 2019-02-29\nauthor: lab');
		expect(report([author, update])).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			updates → news (content/updates/news.mdx)
			  line 4 **published**: 2019-02-29 is not a date on the calendar: February 2019 has 28 days. Write a real date as YYYY-MM-DD, for example 2019-02-28.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('projects: start, end and each phase', () => {
		const phases = 'phases:\n  - { name: One, start: 2017-04-00, end: 2017-06-31, summary: The first phase. }';
		expect(report([project(`start: 2017-04-31\nend: 2018-02-29\n${phases}`)])).toMatchInlineSnapshot(`
			"Content check found 4 problems in 1 file.

			projects → pilot (content/projects/pilot.mdx)
			  line 6 **start**: 2017-04-31 is not a date on the calendar: April 2017 has 30 days. Write a real date as YYYY-MM-DD, for example 2017-04-30.
			  line 7 **end**: 2018-02-29 is not a date on the calendar: February 2018 has 28 days. Write a real date as YYYY-MM-DD, for example 2018-02-28.
			  line 9 **phases.0.start**: 2017-04-00 is not a date on the calendar: there is no day 0. Write a real date as YYYY-MM-DD, for example 2017-04-01.
			  line 9 **phases.0.end**: 2017-06-31 is not a date on the calendar: June 2017 has 30 days. Write a real date as YYYY-MM-DD, for example 2017-06-30.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('sources: a quoted or unquoted date', () => {
		expect(report([sources("'2018-04-31'")])).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			sources (content/sources/sources.yaml)
			  line 4 **0.date**: "2018-04-31" is not a date on the calendar: April 2018 has 30 days. Write a real date in quotes, for example "2018-04-30".

			Fix each one, then run \`npm run check\` again."
		`);
		expect(report([sources('2018-02-30')])).toContain('line 4 **0.date**: "2018-02-30" is not a date on the calendar');
	});

	test('a leap day in a leap year is a real date', () => {
		const update = file('updates', 'news.mdx', 'title: News\nsummary: An update.\npublished: 2020-02-29\nauthor: lab');
		expect(report([author, update])).toBe('Content check: no problems found.');
	});

	test('any other field keeps the text as written instead of a rolled-over date', () => {
		const { entry } = parseEntry(file('authors', 'lab.yaml', 'name: Lab\nrole: 2019-02-29'));
		expect(entry?.data.role).toBe('2019-02-29');
	});
});
