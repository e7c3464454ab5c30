import { describe, expect, test } from 'vitest';
import { seriesProblems } from '../../../../../scripts/lib/checks/series';
import { entry, essayFrontmatter } from './entries';

const essay = (name: string, project: string, number: number) => ({
	entry: entry('essays', `${name}.mdx`, essayFrontmatter({ project, number: String(number) })),
	project,
	number,
});

describe('seriesProblems', () => {
	test('accepts numbers 1, 2, 3 in each project, in any file order', () => {
		expect(seriesProblems([essay('b', 'p', 2), essay('a', 'p', 1), essay('c', 'q', 1)])).toEqual([]);
	});

	test('flags every essay that shares a number, naming the other file and the line', () => {
		const problems = seriesProblems([essay('a', 'p', 1), essay('b', 'p', 1)]);
		expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
			['content/essays/a.mdx', 6, 'number'],
			['content/essays/b.mdx', 6, 'number'],
		]);
		expect(problems[0]?.message).toContain('is also content/essays/b.mdx');
	});

	test('flags a gap once, on the first essay after it', () => {
		const problems = seriesProblems([essay('a', 'p', 1), essay('d', 'p', 4), essay('e', 'p', 5)]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/essays/d.mdx' });
		expect(problems[0]?.message).toMatchInlineSnapshot(
			`"Project "p" has no essays 2 to 3, so its series has a gap (numbers used: 1, 4, 5). Number the essays 1, 2, 3… without gaps."`,
		);
	});

	test('flags a series that does not start at 1', () => {
		expect(seriesProblems([essay('b', 'p', 2)])[0]?.message).toContain('has no essay 1,');
	});

	test('leaves gaps alone when told some essay could not be read', () => {
		expect(seriesProblems([essay('b', 'p', 2)], { checkGaps: false })).toEqual([]);
	});
});
