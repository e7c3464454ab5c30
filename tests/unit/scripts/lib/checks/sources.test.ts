import { describe, expect, test } from 'vitest';
import { outlineBody } from '../../../../../src/lib/mdx/outline';
import { componentReferenceProblems, readSources } from '../../../../../scripts/lib/checks/sources';
import { entry } from './entries';

const bibliography = (source: string) =>
	readSources({ collection: 'sources', relativePath: 'sources.yaml', path: 'content/sources/sources.yaml', source });

describe('readSources', () => {
	test('returns the ids of a valid bibliography', () => {
		expect(bibliography('- id: a\n  title: A\n  publisher: P\n- id: b\n  title: B\n  publisher: P\n')).toEqual({
			ids: ['a', 'b'],
			problems: [],
		});
	});

	test('reads a bibliography saved with a byte-order mark and Windows line endings', () => {
		expect(bibliography('\uFEFF- id: a\r\n  title: A\r\n  publisher: P\r\n')).toEqual({ ids: ['a'], problems: [] });
	});

	test('reports invalid sources and repeated ids with their lines', () => {
		const { problems } = bibliography(
			'- id: a\n  title: A\n  publisher: P\n- id: a\n  title: A again\n  publisher: P\n- id: B\n  title: ""\n  publisher: P\n',
		);
		expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "4 1.id: The id "a" is used by an earlier source too. Give each source its own id.",
			  "7 2.id: Use lowercase letters, digits and single hyphens, e.g. rand-evaluation-report.",
			  "8 2.title: Must not be empty.",
			]
		`);
	});
});

describe('componentReferenceProblems', () => {
	const datasets = [entry('datasets', 'mix.yaml', 'title: Mix\ngroups:\n  - id: roles\n  - id: sectors')];
	const page = (body: string) => [{ entry: entry('essays', 'a.mdx', 'title: A', body), outline: outlineBody(body) }];

	test('accepts citations and charts of things that exist', () => {
		const body = '<Source id="report" />\n\n<BarChart dataset="mix" group="roles" />\n';
		expect(componentReferenceProblems(page(body), { sourceIds: ['report'], datasets })).toEqual([]);
	});

	test('flags an unknown source, dataset or group, suggesting what exists', () => {
		const body =
			'<Source id="reprot" />\n\n<BarChart dataset="mixx" group="roles" />\n\n<BarChart dataset="mix" group="role" />\n';
		expect(
			componentReferenceProblems(page(body), { sourceIds: ['report'], datasets }).map((p) => `${p.line}: ${p.message}`),
		).toMatchInlineSnapshot(`
			[
			  "4: <Source id="reprot"> cites no source in content/sources/sources.yaml. Did you mean "report"? Add the source there, or correct the id.",
			  "6: <BarChart dataset="mixx"> names no dataset. Use one of: mix (the file names in content/datasets/).",
			  "8: <BarChart group="role">: dataset "mix" has no such group. Use one of: roles, sectors.",
			]
		`);
	});
});
