import { describe, expect, test } from 'vitest';
import { validateEntries } from '../../../../../scripts/lib/checks/schema';
import { entry, essayFrontmatter } from './entries';

const known = (collection: string) => (collection === 'projects' ? ['pilot'] : ['lab']);

describe('validateEntries', () => {
	test('returns parsed data for a valid entry', () => {
		const e = entry('essays', 'a.mdx', essayFrontmatter());
		const { problems, data } = validateEntries([e], known);
		expect(problems).toEqual([]);
		expect(data.get(e)).toMatchObject({ number: 1, project: { collection: 'projects', id: 'pilot' }, draft: false });
	});

	test('reports every schema problem of every entry with file, field and line', () => {
		const e = entry('essays', 'a.mdx', essayFrontmatter({ title: '', number: '0', authors: '[lab, nobody]' }));
		expect(validateEntries([e], known).problems.map((p) => `${p.line} ${p.field}: ${p.message}`))
			.toMatchInlineSnapshot(`
			[
			  "undefined title: Required. Add a line \`title: …\` to the frontmatter (see content/README.md).",
			  "5 number: Must be 1 or more; got 0.",
			  "6 authors.1: There is no author "nobody". Use one of: lab (the file names in content/authors/, without the extension).",
			]
		`);
	});

	test('flags a field the schema does not know, suggesting the one meant', () => {
		const e = entry('essays', 'a.mdx', `${essayFrontmatter()}\nsumary: x\ncolour: red`);
		expect(validateEntries([e], known).problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "sumary: Unknown field. Did you mean \`summary\`?",
			  "colour: Unknown field; essays have: title, subtitle, summary, project, number, authors, published, updated, keyPoints, tags, draft.",
			]
		`);
	});
});
