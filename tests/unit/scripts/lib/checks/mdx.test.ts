import { describe, expect, test } from 'vitest';
import { outlineBody } from '../../../../../src/lib/mdx/outline';
import { mdxProblems, type ComponentCatalogue } from '../../../../../scripts/lib/checks/mdx';
import { readMdxComponents } from '../../../../../scripts/lib/read-content';
import { entry } from './entries';

const components: ComponentCatalogue = {
	Callout: [{ name: 'title', type: 'string', required: false, description: '' }],
	Stat: [
		{ name: 'value', type: 'string', required: true, description: 'The figure as written, e.g. "2,666".' },
		{ name: 'label', type: 'string', required: true, description: 'What the figure counts.' },
	],
	Figure: [{ name: 'alt', type: 'string', required: true, description: 'Describes the image.' }],
};

const problemsIn = (body: string) => {
	const e = entry('essays', 'x.mdx', 'title: X', body);
	return mdxProblems([{ entry: e, outline: outlineBody(e.body) }], components).map((p) => `${p.line}: ${p.message}`);
};

describe('mdxProblems', () => {
	test('accepts known components with their props, HTML, braces written as text and comments', () => {
		expect(
			problemsIn(
				'<Callout>Hi</Callout>\n\n<Stat value="1" label="one" />\n\nA set \\{a\\}. {/* a note */}\n\n<abbr title="x">X</abbr>',
			),
		).toEqual([]);
	});

	test('reports each mistake once, on its line, with the fix', () => {
		expect(
			problemsIn(
				[
					'<Calout>Hi</Calout>',
					'<callout>Hi</callout>',
					'<Stat label="one" />',
					'A set {a, b}.',
					"import X from './x.astro';",
					'A claim.[^one] Another.[^two]',
					'[^one]: The source.',
					'[^three]: Never cited.',
					'<Figure src="/a.png" />',
				].join('\n\n'),
			),
		).toMatchInlineSnapshot(`
			[
			  "4: There is no component <Calout>. Did you mean <Callout>? Use one of: <Callout>, <Stat>, <Figure> (see content/README.md).",
			  "6: <callout> is not a component: names start with a capital letter. Write <Callout>.",
			  "8: <Stat> needs value="…": The figure as written, e.g. "2,666".",
			  "10: {a, b} is read as code, not text. To show a brace, write \\{ and \\}; for a note to editors, write {/* the note */}.",
			  "12: MDX entries cannot import or export code: every component in content/README.md works without an import. Remove this line, or indent it if it is meant as text.",
			  "14: The footnote [^two] has no text: add a line "[^two]: …" after the text, or remove the reference.",
			  "18: The footnote [^three]: … is never referred to, so it would not appear. Add [^three] where it belongs in the text, or remove it.",
			]
		`);
	});
});

describe('readMdxComponents', () => {
	test('reads every component of src/components/mdx/ with its required props', () => {
		const catalogue = readMdxComponents();
		expect(Object.keys(catalogue)).toContain('Figure');
		expect(catalogue.Stat?.filter((prop) => prop.required).map((prop) => prop.name)).toEqual(['value', 'label']);
	});
});
