import { beforeAll, describe, expect, test } from 'vitest';
import { composeFixture, runCheck, type RunResult } from '../support/check-fixture';

// Each failure mode in tests/fixtures/checks/, run through the content check script. The messages are pinned
// so reviewers read exactly what editors will read.
const MODES = [
	'base',
	'missing-field',
	'wrong-type',
	'bad-date',
	'impossible-date',
	'bad-mdx',
	'bad-yaml',
	'unknown-reference',
	'unknown-source',
	'duplicate-number',
	'numbering-gap',
	'duplicate-slug',
	'duplicate-title',
	'broken-link',
	'broken-anchor',
	'missing-alt',
	'missing-image',
	'updated-before-published',
	'too-long-summary',
	'placeholder-left-in',
	'bad-site-settings',
	'missing-site-file',
] as const;

const results = new Map<string, RunResult>();
beforeAll(async () => {
	// Two at a time: the machines have two cores.
	const queue = [...MODES];
	const worker = async () => {
		for (let mode = queue.shift(); mode; mode = queue.shift()) results.set(mode, await runCheck(composeFixture(mode)));
	};
	await Promise.all([worker(), worker()]);
});

/** The report of a failing mode; the run must have exited non-zero. */
function report(mode: (typeof MODES)[number]): string {
	const result = results.get(mode)!;
	expect(result.exitCode, result.stdout + result.stderr).toBe(1);
	return result.stderr.trim();
}

describe('the valid fixture', () => {
	test('passes with exit code 0', () => {
		expect(results.get('base')).toMatchObject({ exitCode: 0, stderr: '' });
		expect(results.get('base')!.stdout).toContain('no problems found');
	});
});

describe('schema errors', () => {
	test('a missing field', () => {
		expect(report('missing-field')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  **title**: Required. Add a line \`title: …\` to the frontmatter (see content/README.md).

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a value of the wrong type', () => {
		expect(report('wrong-type')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 6 **number**: Expected a number, got "one". Write digits without quotes, e.g. 2.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a date that is not YYYY-MM-DD', () => {
		expect(report('bad-date')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 8 **published**: "1st May 2018" is not a date. Write the date as YYYY-MM-DD, for example 2018-05-01.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a date that is not on the calendar, in every collection with dates, is reported as written', () => {
		expect(report('impossible-date')).toMatchInlineSnapshot(`
			"Content check found 4 problems in 4 files.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 8 **published**: 2018-13-45 is not a date on the calendar: there is no month 13 (months run from 01 to 12). Write a real date as YYYY-MM-DD, for example 2018-12-31.

			projects → pilot (content/projects/pilot.mdx)
			  line 11 **phases.0.end**: 2017-02-30 is not a date on the calendar: February 2017 has 28 days. Write a real date as YYYY-MM-DD, for example 2017-02-28.

			sources (content/sources/sources.yaml)
			  line 4 **0.date**: "2018-04-31" is not a date on the calendar: April 2018 has 30 days. Write a real date in quotes, for example "2018-04-30".

			updates → news (content/updates/news.mdx)
			  line 4 **published**: 2019-02-29 is not a date on the calendar: February 2019 has 28 days. Write a real date as YYYY-MM-DD, for example 2019-02-28.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('MDX that parses but would break the page: each mistake once, on its line, with the fix', () => {
		expect(report('bad-mdx')).toMatchInlineSnapshot(`
			"Content check found 4 problems in 1 file.

			essays → second-essay (content/essays/second-essay.mdx)
			  line 20 There is no component <Calout>. Did you mean <Callout>? Use one of: <AreasFigure>, <BarChart>, <Callout>, <Figure>, <KeyPoints>, <ProcessFigure>, <PullQuote>, <RankFigure>, <Source>, <Stat>, <Video> (see content/README.md).
			  line 22 {a, b} is read as code, not text. To show a brace, write \\{ and \\}; for a note to editors, write {/* the note */}.
			  line 22 The footnote [^missing] has no text: add a line "[^missing]: …" after the text, or remove the reference.
			  line 24 <Stat> needs value="…": The figure as written, e.g. "2,666".

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('invalid YAML names the line the mistake starts on', () => {
		expect(report('bad-yaml')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 3 The frontmatter is not valid YAML: a quote is opened but never closed. End the value with the same quote mark it starts with.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('unknown references list the known ids, every one in the same run', () => {
		expect(report('unknown-reference')).toMatchInlineSnapshot(`
			"Content check found 2 problems in 2 files.

			essays → second-essay (content/essays/second-essay.mdx)
			  line 5 **project**: There is no project "pilott". Use one of: pilot (the file names in content/projects/, without the extension).

			updates → news (content/updates/news.mdx)
			  line 5 **author**: There is no author "the-lab". Use one of: lab (the file names in content/authors/, without the extension).

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a citation of a source that is not in the bibliography', () => {
		expect(report('unknown-source')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → second-essay (content/essays/second-essay.mdx)
			  line 18 <Source id="pilot-reprot"> cites no source in content/sources/sources.yaml. Did you mean "pilot-report"? Add the source there, or correct the id.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a summary over its length limit', () => {
		expect(report('too-long-summary')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 4 **summary**: Is 316 characters long; the limit is 300. Shorten it by 16.

			Fix each one, then run \`npm run check\` again."
		`);
	});
});

describe('checks between entries', () => {
	test('two essays with the same number in a project', () => {
		expect(report('duplicate-number')).toMatchInlineSnapshot(`
			"Content check found 2 problems in 2 files.

			essays → second-essay (content/essays/second-essay.mdx)
			  line 6 **number**: Essay 2 of project "pilot" is also content/essays/third-essay.mdx. Give each essay in a project its own number.

			essays → third-essay (content/essays/third-essay.mdx)
			  line 6 **number**: Essay 2 of project "pilot" is also content/essays/second-essay.mdx. Give each essay in a project its own number.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a gap in the numbering', () => {
		expect(report('numbering-gap')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → fourth-essay (content/essays/fourth-essay.mdx)
			  line 6 **number**: Project "pilot" has no essay 3, so its series has a gap (numbers used: 1, 2, 4). Number the essays 1, 2, 3… without gaps.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('two files with the same slug', () => {
		expect(report('duplicate-slug')).toMatchInlineSnapshot(`
			"Content check found 2 problems in 2 files.

			essays → first-essay (content/essays/first-essay.md)
			  Has the same slug "first-essay" as content/essays/first-essay.mdx, so only one would be published. Rename one of the files.

			essays → first-essay (content/essays/first-essay.mdx)
			  Has the same slug "first-essay" as content/essays/first-essay.md, so only one would be published. Rename one of the files.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('two entries with the same title', () => {
		expect(report('duplicate-title')).toMatchInlineSnapshot(`
			"Content check found 2 problems in 2 files.

			updates → more-news (content/updates/more-news.mdx)
			  line 2 **title**: "News" is also the title of content/updates/news.mdx. Give each update its own title.

			updates → news (content/updates/news.mdx)
			  line 2 **title**: "News" is also the title of content/updates/more-news.mdx. Give each update its own title.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a link to a page that does not exist', () => {
		expect(report('broken-link')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 13 The link "/essays/second-esay/" leads to no page. Use a site address ending in /, e.g. /essays/impact-that-counts/, copied from the page you mean.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a link to a heading that does not exist', () => {
		expect(report('broken-anchor')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → second-essay (content/essays/second-essay.mdx)
			  line 14 The link "../first-essay/#what-we-learned" points to #what-we-learned, which is not a heading on /essays/first-essay/. Headings there: #what-we-found.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('an image without alt text', () => {
		expect(report('missing-alt')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 15 <Figure> has no alt text. Add alt="What the image shows", or alt="" with decorative when it carries no information.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('a misspelt image, an image whose capitals differ and one outside the content folder', () => {
		expect(report('missing-image')).toMatchInlineSnapshot(`
			"Content check found 3 problems in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 15 The image "./ashby-peak.png" is not in content/essays/. Did you mean ./ashby-peaks.png? Images there: ./ashby-peaks.png, ./rule.svg, ./workshop.jpg.
			  line 17 The image "./Workshop.JPG" is not in content/essays/. Did you mean ./workshop.jpg? Names must match exactly, capitals included: the published site is case-sensitive. Images there: ./workshop.jpg, ./rule.svg, ./ashby-peaks.png.
			  line 19 The image "../../../chart.png" is outside the content folder, so it cannot be published. Put the file beside the entry and write ./chart.png.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('updated before published', () => {
		expect(report('updated-before-published')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			essays → second-essay (content/essays/second-essay.mdx)
			  line 9 **updated**: 2018-04-01 is before published (2018-05-01). Use a date on or after 2018-05-01.

			Fix each one, then run \`npm run check\` again."
		`);
	});
	test('placeholder text from npm run new', () => {
		expect(report('placeholder-left-in')).toMatchInlineSnapshot(`
			"Content check found 2 problems in 1 file.

			essays → first-essay (content/essays/first-essay.mdx)
			  line 3 **subtitle**: Still has the placeholder "TODO: one line saying what the essay offers, at most 160 characters". Replace it with the real subtitle.
			  line 19 Still has placeholder text: "TODO: write the conclusion.". Write the real text or delete the line.

			Fix each one, then run \`npm run check\` again."
		`);
	});
});

describe('site settings', () => {
	test('content/site.yaml is checked like an entry, each mistake at its line', () => {
		expect(report('bad-site-settings')).toMatchInlineSnapshot(`
			"Content check found 2 problems in 1 file.

			site → site (content/site.yaml)
			  line 8 **footer.links.0.href**: Start it with / for a page of this site, e.g. /about/, or with https:// for another site.
			  line 10 **manifest.themeColour**: Unknown field \`themeColour\`; the fields here are: name, shortName, description, themeColor, backgroundColor.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('a file it names that is not in the content folder', () => {
		expect(report('missing-site-file')).toMatchInlineSnapshot(`
			"Content check found 1 problem in 1 file.

			site → site (content/site.yaml)
			  line 6 **icons.svg**: There is no file site/logo.svg in the content folder. Add it, or correct the path (it is relative to the content folder, e.g. site/favicon.svg).

			Fix each one, then run \`npm run check\` again."
		`);
	});
});
