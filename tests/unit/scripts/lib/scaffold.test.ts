import { describe, expect, test } from 'vitest';
import { nextEssayNumber, scaffold, type ExistingContent } from '../../../../scripts/lib/scaffold';

const existing: ExistingContent = {
	essays: [
		{ project: 'peer-support', number: 1 },
		{ project: 'peer-support', number: 2 },
	],
	projects: ['pain', 'peer-support'],
};
const today = '2026-11-26';

describe('nextEssayNumber', () => {
	test('is one more than the highest number in the project, or 1 for a new series', () => {
		expect(nextEssayNumber(existing.essays, 'peer-support')).toBe(3);
		expect(nextEssayNumber(existing.essays, 'pain')).toBe(1);
	});
});

describe('scaffold', () => {
	test('writes an essay with every required field, the slug from the title and the next number', () => {
		const essay = scaffold('essay', 'What’s next for peer support?', { today, existing, project: 'peer-support' });
		expect(essay.path).toBe('essays/whats-next-for-peer-support.mdx');
		expect(essay.text).toMatchInlineSnapshot(`
			"---
			title: "What’s next for peer support?"
			subtitle: "TODO: one line saying what the essay offers, at most 160 characters"
			summary: "TODO: one or two sentences for lists, search results and feeds, at most 300 characters"
			project: peer-support
			number: 3
			authors: ["TODO: file names from content/authors/, e.g. q-lab-team"]
			published: 2026-11-26
			tags: []
			draft: true # delete this line when the entry is ready to publish
			---

			TODO: write the text here, with ## headings for its sections.
			"
		`);
	});

	test('defaults to the newest project and says so', () => {
		const essay = scaffold('essay', 'A', { today, existing });
		expect(essay.text).toContain('project: pain\nnumber: 1\n');
		expect(essay.notes).toEqual(['project is pain, the newest; pass --project <id> for another.']);
	});

	test.each(['update', 'project', 'page'] as const)('writes a %s', (kind) => {
		expect(scaffold(kind, 'Hello world', { today, existing }).text).toMatchSnapshot();
	});

	test('refuses a project that does not exist and a title with nothing to make a file name from', () => {
		expect(() => scaffold('essay', 'A', { today, existing, project: 'nope' })).toThrowErrorMatchingInlineSnapshot(
			`[Error: There is no project "nope". Use one of: pain, peer-support.]`,
		);
		expect(() => scaffold('page', '???', { today, existing })).toThrowErrorMatchingInlineSnapshot(
			`[Error: The title "???" has no letters or digits to make a file name from.]`,
		);
	});
});
