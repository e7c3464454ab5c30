import { describe, expect, test } from 'vitest';
import { uniquenessProblems } from '../../../../../scripts/lib/checks/unique';
import { entry } from './entries';

describe('uniquenessProblems', () => {
	test('flags two files that Astro would give the same id', () => {
		const problems = uniquenessProblems([entry('essays', 'a.md', 'title: A'), entry('essays', 'A.mdx', 'title: B')]);
		expect(problems.map((p) => p.file)).toEqual(['content/essays/a.md', 'content/essays/A.mdx']);
	});

	test('names the slug field when the clash comes from it', () => {
		const [problem] = uniquenessProblems([
			entry('essays', 'a.mdx', 'title: A\nslug: b'),
			entry('essays', 'b.mdx', 'title: B'),
		]);
		expect(problem).toMatchObject({ field: 'slug', line: 3 });
	});

	test('flags the same title twice in a collection, ignoring case, but not across collections', () => {
		const problems = uniquenessProblems([
			entry('updates', 'a.mdx', 'title: News'),
			entry('updates', 'b.mdx', 'title: news '),
			entry('essays', 'c.mdx', 'title: News'),
		]);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/updates/a.mdx', 'title'],
			['content/updates/b.mdx', 'title'],
		]);
	});

	test('keeps pages off addresses the site already uses', () => {
		expect(uniquenessProblems([entry('pages', 'search.mdx', 'title: Search')])[0]?.message).toBe(
			'The address /search/ belongs to another part of the site. Rename the file.',
		);
	});
});
