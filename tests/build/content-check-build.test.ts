import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';
import { composeFixture } from '../support/check-fixture';
import { repoRoot } from '../support/paths';

// A representative few failure modes through a real `astro build` (the content-checks integration) and Astro's
// own schema validation; tests/build/content-check-cli.test.ts covers every mode through the faster script.

const content = (mode: string) => path.relative(repoRoot, path.join(composeFixture(mode), 'content'));
const build = (mode: string) => buildSite({ name: `checks-${mode}`, content: content(mode) });

/** The report an error printed: from its name to the line before Astro's "Hint:". */
const errorBlock = (output: string, name: string) => {
	const start = output.indexOf(`[${name}]`);
	expect(start, output).toBeGreaterThanOrEqual(0);
	return output.slice(start, output.indexOf('  Hint:', start)).trim();
};

const results = new Map<string, BuildResult>();
beforeAll(async () => {
	for (const mode of ['base', 'missing-field', 'bad-yaml', 'duplicate-number', 'impossible-date', 'bad-mdx'])
		results.set(mode, await build(mode));
});

describe('astro build', () => {
	test('builds the valid fixture', () => {
		const result = results.get('base')!;
		expect(result.exitCode, result.output).toBe(0);
	});

	test('stops on a schema error with the message npm run check prints', () => {
		const result = results.get('missing-field')!;
		expect(result.exitCode).not.toBe(0);
		expect(errorBlock(result.output, 'ContentCheckError')).toMatchInlineSnapshot(`
			"[ContentCheckError] Content check found 1 problem in 1 file.

			essays → first-essay (tests/.output/checks/missing-field/content/essays/first-essay.mdx)
			  title: Required. Add a line \`title: …\` to the frontmatter (see content/README.md).

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('stops on invalid YAML, naming the file and line', () => {
		const result = results.get('bad-yaml')!;
		expect(result.exitCode).not.toBe(0);
		expect(errorBlock(result.output, 'ContentCheckError')).toMatchInlineSnapshot(`
			"[ContentCheckError] Content check found 1 problem in 1 file.

			essays → first-essay (tests/.output/checks/bad-yaml/content/essays/first-essay.mdx)
			  line 3 The frontmatter is not valid YAML: a quote is opened but never closed. End the value with the same quote mark it starts with.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('stops on a date that is not on the calendar instead of moving it', () => {
		const result = results.get('impossible-date')!;
		expect(result.exitCode).not.toBe(0);
		expect(errorBlock(result.output, 'ContentCheckError')).toMatchInlineSnapshot(`
			"[ContentCheckError] Content check found 4 problems in 4 files.

			essays → first-essay (tests/.output/checks/impossible-date/content/essays/first-essay.mdx)
			  line 8 published: 2018-13-45 is not a date on the calendar: there is no month 13 (months run from 01 to 12). Write a real date as YYYY-MM-DD, for example 2018-12-31.

			projects → pilot (tests/.output/checks/impossible-date/content/projects/pilot.mdx)
			  line 11 phases.0.end: 2017-02-30 is not a date on the calendar: February 2017 has 28 days. Write a real date as YYYY-MM-DD, for example 2017-02-28.

			sources (tests/.output/checks/impossible-date/content/sources/sources.yaml)
			  line 4 0.date: "2018-04-31" is not a date on the calendar: April 2018 has 30 days. Write a real date in quotes, for example "2018-04-30".

			updates → news (tests/.output/checks/impossible-date/content/updates/news.mdx)
			  line 4 published: 2019-02-29 is not a date on the calendar: February 2019 has 28 days. Write a real date as YYYY-MM-DD, for example 2019-02-28.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('stops on MDX that would break the page, before Astro compiles it', () => {
		const result = results.get('bad-mdx')!;
		expect(result.exitCode).not.toBe(0);
		expect(errorBlock(result.output, 'ContentCheckError')).toMatch(
			/^\[ContentCheckError\] Content check found 4 problems in 1 file\./,
		);
	});

	test('stops on a problem between entries', () => {
		const result = results.get('duplicate-number')!;
		expect(result.exitCode).not.toBe(0);
		expect(errorBlock(result.output, 'ContentCheckError')).toMatchInlineSnapshot(`
			"[ContentCheckError] Content check found 2 problems in 2 files.

			essays → second-essay (tests/.output/checks/duplicate-number/content/essays/second-essay.mdx)
			  line 6 number: Essay 2 of project "pilot" is also tests/.output/checks/duplicate-number/content/essays/third-essay.mdx. Give each essay in a project its own number.

			essays → third-essay (tests/.output/checks/duplicate-number/content/essays/third-essay.mdx)
			  line 6 number: Essay 2 of project "pilot" is also tests/.output/checks/duplicate-number/content/essays/second-essay.mdx. Give each essay in a project its own number.

			Fix each one, then run \`npm run check\` again."
		`);
	});
});

describe("Astro's own schema errors (astro sync, astro check and astro dev)", () => {
	test('say what to write instead, in the same words', async () => {
		const result = await buildSite({
			name: 'checks-sync-wrong-type',
			content: content('wrong-type'),
			command: [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'],
		});
		expect(result.exitCode).not.toBe(0);
		expect(errorBlock(result.output, 'InvalidContentEntryDataError')).toMatchInlineSnapshot(`
			"[InvalidContentEntryDataError] essays → first-essay data does not match collection schema.

			  number: Expected a number, got "one". Write digits without quotes, e.g. 2."
		`);
	});
});
