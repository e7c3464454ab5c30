import { describe, expect, test } from 'vitest';
import { CONTENT_CHECK_REPORT } from '../../../../scripts/lib/checks/index';
import { formatProblems } from '../../../../scripts/lib/problem';
import { BUILT_SITE_REPORT } from '../../../../scripts/lib/verify/index';

describe('formatProblems', () => {
	test('groups content problems by file in Astro’s form, with a count and what to do', () => {
		expect(
			formatProblems(
				[
					{ file: 'content/essays/a.mdx', entry: 'essays → a', line: 3, field: 'title', message: 'Must not be empty.' },
					{ file: 'content/essays/a.mdx', entry: 'essays → a', line: 12, message: 'A body problem.' },
					{ file: 'content/authors/x.yaml', message: 'A file problem.' },
				],
				CONTENT_CHECK_REPORT,
			),
		).toMatchInlineSnapshot(`
			"Content check found 3 problems in 2 files.

			essays → a (content/essays/a.mdx)
			  line 3 **title**: Must not be empty.
			  line 12 A body problem.

			content/authors/x.yaml
			  A file problem.

			Fix each one, then run \`npm run check\` again."
		`);
	});

	test('lists the built site’s problems by page, in the build’s words', () => {
		expect(
			formatProblems(
				[
					{ file: 'a.html', message: '[links] broken' },
					{ file: 'b/index.html', message: '[html] invalid' },
					{ file: 'a.html', message: '[csp] unhashed' },
				],
				BUILT_SITE_REPORT,
			),
		).toMatchInlineSnapshot(`
			"The built site has 3 problems; dist/ was left as it was.

			a.html
			  [links] broken
			  [csp] unhashed

			b/index.html
			  [html] invalid

			Fix the templates or content named above, then run npm run build again."
		`);
	});

	test('says so when there is nothing to fix', () => {
		expect(formatProblems([], CONTENT_CHECK_REPORT)).toBe('Content check: no problems found.');
		expect(formatProblems([], BUILT_SITE_REPORT)).toBe('The built site has no problems.');
	});
});
