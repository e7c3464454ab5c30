import { describe, expect, test } from 'vitest';
import { placeholder, placeholderProblems } from '../../../../../scripts/lib/checks/placeholders';
import { entry } from './entries';

describe('placeholderProblems', () => {
	test('flags placeholders in fields, list items and the body, with their lines', () => {
		const e = entry(
			'essays',
			'a.mdx',
			`summary: "${placeholder('the summary')}"\nauthors: ["${placeholder('x')}"]`,
			`\n${placeholder('write it')}\n`,
		);
		expect(placeholderProblems([e]).map((p) => [p.line, p.field])).toEqual([
			[2, 'summary'],
			[3, 'authors.0'],
			[6, undefined],
		]);
	});

	test('accepts finished text', () => {
		expect(placeholderProblems([entry('essays', 'a.mdx', 'summary: Done.', 'All written.\n')])).toEqual([]);
	});
});
