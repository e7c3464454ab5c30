import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { entryParts } from '../../src/lib/mdx/entry-body';
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

/** The content check's count of where each MDX body's outline came from, in a successful build's log. */
const outlineCounts = (output: string) => {
	const match =
		/MDX bodies outlined from the content loader's parse (\d+), from the cache (\d+), parsed again (\d+)\./.exec(
			output,
		);
	expect(match, output).not.toBeNull();
	const [, fromLoader, fromCache, parsedAgain] = match!.map(Number);
	return { fromLoader, fromCache, parsedAgain };
};

const results = new Map<string, BuildResult>();
let warmBase: BuildResult;
beforeAll(async () => {
	// The valid fixture is built cold (no cache from an earlier run), then again with the cache kept.
	rmSync(path.join(repoRoot, 'node_modules/.astro-test/checks-base'), { recursive: true, force: true });
	for (const mode of ['base', 'missing-field', 'bad-yaml', 'duplicate-number', 'impossible-date', 'bad-mdx'])
		results.set(mode, await build(mode));
	warmBase = await buildSite({ name: 'checks-base', content: content('base') });
});

describe('astro build', () => {
	test('builds the valid fixture', () => {
		const result = results.get('base')!;
		expect(result.exitCode, result.output).toBe(0);
	});

	test('parses each MDX body once: the check reads the outlines of the content loader’s parse', () => {
		// Files with the same body share one outline.
		const folder = path.join(repoRoot, content('base'));
		const bodies = new Set(
			readdirSync(folder, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.mdx'))
				.map((file) => entryParts(readFileSync(path.join(folder, file), 'utf8')))
				.map((parts) => (typeof parts === 'string' ? parts : parts.body)),
		);
		const distinctBodies = bodies.size;
		expect(distinctBodies).toBeGreaterThan(3);
		expect(outlineCounts(results.get('base')!.output)).toEqual({
			fromLoader: distinctBodies,
			fromCache: 0,
			parsedAgain: 0,
		});
		// A rebuild renders nothing again, and the check reads every outline from its cache.
		expect(warmBase.exitCode, warmBase.output).toBe(0);
		expect(outlineCounts(warmBase.output)).toEqual({ fromLoader: 0, fromCache: distinctBodies, parsedAgain: 0 });
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
		// Reported once, in the check's words: the content loader's own error for the same file is held back.
		expect(result.output).not.toContain('MdxEntryError');
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
