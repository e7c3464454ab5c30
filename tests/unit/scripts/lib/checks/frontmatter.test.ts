import { describe, expect, test } from 'vitest';
import { explainYamlError, parseEntry } from '../../../../../scripts/lib/checks/frontmatter';
import { file } from './entries';

describe('parseEntry', () => {
	test('reads frontmatter like Astro: unquoted dates become dates, quoted ones stay text', () => {
		const { entry } = parseEntry(file('essays', 'x.mdx', 'published: 2018-05-01\nupdated: "2018-06-01"', '\nBody'));
		expect(entry?.data).toEqual({ published: new Date('2018-05-01T00:00:00Z'), updated: '2018-06-01' });
		expect(entry?.body).toBe('\nBody');
		expect(entry?.bodyLine).toBe(5);
	});

	test('gives the id Astro gives, from the file name or a slug field', () => {
		expect(parseEntry(file('essays', 'Impact That Counts.mdx', 'title: x')).entry?.id).toBe('impact-that-counts');
		expect(parseEntry(file('essays', 'x.mdx', 'slug: custom')).entry?.id).toBe('custom');
	});

	test('finds the line of a field, of a list item and of a nested field', () => {
		const { entry } = parseEntry(
			file('projects', 'p.mdx', 'title: P\nphases:\n  - name: One\n    start: 2017-01-01\n  - name: Two'),
		);
		expect(entry?.lineOf(['title'])).toBe(2);
		expect(entry?.lineOf(['phases', 1])).toBe(6);
		expect(entry?.lineOf(['phases', 0, 'start'])).toBe(5);
		expect(entry?.lineOf(['missing'])).toBeUndefined();
	});

	test('reads a file with a byte-order mark and Windows line endings like any other', () => {
		const mdx = {
			...file('essays', 'x.mdx', ''),
			source: '\uFEFF---\r\ntitle: X\r\npublished: 2018-05-01\r\n---\r\nBody\r\n',
		};
		const { entry, problems } = parseEntry(mdx);
		expect(problems).toEqual([]);
		expect(entry?.data).toEqual({ title: 'X', published: new Date('2018-05-01T00:00:00Z') });
		expect(entry?.lineOf(['published'])).toBe(3);
		const yaml = parseEntry({ ...file('authors', 'lab.yaml', ''), source: '\uFEFFname: Lab\r\nrole: Team\r\n' });
		expect(yaml.entry?.data).toEqual({ name: 'Lab', role: 'Team' });
	});

	test('reads a YAML data file whole', () => {
		const { entry } = parseEntry(file('authors', 'lab.yaml', 'name: Lab\nrole: Team\n'));
		expect(entry).toMatchObject({ id: 'lab', data: { name: 'Lab', role: 'Team' }, body: '' });
		expect(entry?.lineOf(['role'])).toBe(2);
	});

	test.each([
		['no opening fence', 'title: x\n', 'The file must start with a line `---`, then the frontmatter, then `---`.'],
		['no closing fence', '---\ntitle: x\n', 'The frontmatter is not closed: add a line `---` after its last field.'],
	])('reports a file with %s', (_, source, message) => {
		const { problems } = parseEntry({
			collection: 'essays',
			relativePath: 'x.mdx',
			path: 'content/essays/x.mdx',
			source,
		});
		expect(problems).toEqual([{ file: 'content/essays/x.mdx', entry: 'essays → x', line: 1, message }]);
	});

	test('reports every YAML mistake with the file line it is on', () => {
		const { problems } = parseEntry(file('essays', 'x.mdx', 'title: x\ntitle: y\nsubtitle: a: b'));
		expect(problems.map((p) => `${p.line} ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "3 The frontmatter is not valid YAML: this field is written twice. Keep one of them.",
			  "4 The frontmatter is not valid YAML: YAML reads ": " inside the value as a new field. Text that contains ": " or starts with a quote must be wrapped in "double quotes".",
			]
		`);
	});
});

describe('explainYamlError', () => {
	test('points an unclosed quote at the line that opened it, not where the parser gave up', () => {
		const lines = ['title: x', 'subtitle: "Open: never closed', 'summary: fine', 'number: 1'];
		expect(explainYamlError('MISSING_CHAR', 'Missing closing "quote', lines, 5)).toEqual({
			line: 2,
			message: 'a quote is opened but never closed. End the value with the same quote mark it starts with.',
		});
	});

	test('keeps the parser’s words for mistakes it has no better ones for', () => {
		expect(
			explainYamlError('TAB_AS_INDENT', 'Tabs are not allowed as indentation at line 2, column 1', [], 2).message,
		).toBe(
			'Tabs are not allowed as indentation. Check the quotes, colons and indentation. Text that contains ": " or starts with a quote must be wrapped in "double quotes".',
		);
	});
});
