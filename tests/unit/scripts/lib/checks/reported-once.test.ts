import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent, readMdxComponents } from '../../../../../scripts/lib/read-content';
import { checkContent } from '../../../../../scripts/lib/checks/index';
import type { SourceFile } from '../../../../../scripts/lib/checks/types';
import { repoRoot } from '../../../../support/paths';

// One mistake, one problem: a mistake must not also be reported as the other problems it causes.
const base = readContent(path.join(repoRoot, 'tests/fixtures/checks/base'), repoRoot);
const edit = (name: string, change: (source: string) => string): SourceFile[] =>
	base.map((file) => (file.path.endsWith(name) ? { ...file, source: change(file.source) } : file));
const problems = (files: SourceFile[]) =>
	checkContent(files, { now: new Date('2026-11-26'), components: readMdxComponents() }).map(
		(p) => `${p.file.split('/').pop()}:${p.line ?? '-'} ${p.field ?? ''}: ${p.message}`,
	);

describe('each mistake is reported once', () => {
	test('a misspelt field is not also reported as the required field it leaves out', () => {
		expect(problems(edit('first-essay.mdx', (s) => s.replace('summary:', 'sumary:')))).toEqual([
			'first-essay.mdx:4 sumary: Unknown field. Did you mean `summary`?',
		]);
	});

	test('an essay number below 1 is not also reported as gaps in the series', () => {
		expect(problems(edit('first-essay.mdx', (s) => s.replace('number: 1', 'number: -1')))).toEqual([
			'first-essay.mdx:6 number: Must be 1 or more; got -1.',
		]);
	});

	test('an essay whose MDX cannot be read is not also reported as a missing page by the links to it', () => {
		const result = problems(edit('second-essay.mdx', (s) => `${s}\n<Callout>\nNever closed.\n`));
		expect(result).toHaveLength(1);
		expect(result[0]).toMatch(
			/^second-essay\.mdx:\d+ : The MDX cannot be read: Expected a closing tag for `<Callout>`/,
		);
	});

	test('a Figure without alt text is reported by the alt-text check only', () => {
		const result = problems(edit('second-essay.mdx', (s) => `${s}\n<Figure src="/chart.png" />\n`));
		expect(result).toEqual([expect.stringMatching(/<Figure> has no alt text/)]);
	});
});
