import { describe, expect, test } from 'vitest';
import { dateOrderProblems } from '../../../../../scripts/lib/checks/dates';
import { entry } from './entries';

const dated = (frontmatter: string) => {
	const e = entry('projects', 'p.mdx', frontmatter);
	return { entry: e, data: e.data };
};

describe('dateOrderProblems', () => {
	test('accepts updated on or after published', () => {
		expect(dateOrderProblems([dated('published: 2018-05-01\nupdated: 2018-05-01')])).toEqual([]);
	});

	test('flags updated before published, a project ending before it starts and a phase doing the same', () => {
		const problems = dateOrderProblems([
			dated('published: 2018-05-01\nupdated: 2018-04-01'),
			dated('start: 2018-01-01\nend: 2017-01-01\nphases:\n  - { start: 2018-02-01, end: 2018-01-01 }'),
		]);
		expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "3 updated: 2018-04-01 is before published (2018-05-01). Use a date on or after 2018-05-01.",
			  "3 end: 2017-01-01 is before start (2018-01-01). Use a date on or after 2018-01-01.",
			  "5 phases.0.end: 2018-01-01 is before start (2018-02-01). Use a date on or after 2018-02-01.",
			]
		`);
	});
});
