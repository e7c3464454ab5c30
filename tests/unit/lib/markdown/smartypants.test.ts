import type { Root } from 'mdast';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import originalSmartypants from 'remark-smartypants';
import type { Options } from 'retext-smartypants';
import { unified, type Plugin } from 'unified';
import { describe, expect, test } from 'vitest';
import { corpusFiles } from '../../../../scripts/bench/corpus';
import { remarkSmartypants } from '../../../../src/lib/markdown/smartypants';

/** The mdast tree of an MDX body after a smart punctuation plugin, without positions. */
function tree(mdx: string, plugin: Plugin<[Options?], Root> | Plugin<[Options?]>, options: Options = {}): string {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(plugin, options);
	const result = processor.runSync(processor.parse(mdx));
	return JSON.stringify(result, (key, value) => (key === 'position' ? undefined : value));
}

const body = (file: string) => file.replace(/^---\n[\s\S]*?\n---\n/, '');
const mdxIn = (folder: string) =>
	readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readFileSync(path.join(folder, name), 'utf8'));

describe('remarkSmartypants', () => {
	test.each([
		['double quotes', 'She said "this matters" and left.'],
		['apostrophes and possessives', "The Lab's view; carers' needs; it's done; the '80s."],
		['quotes across emphasis and links', 'A "quote with **bold** and [a link](https://x.org)" ends.'],
		['nested quotes', `He said, "'Quoted' words in a larger quote."`],
		['dashes', 'Wait -- really'],
		['ellipses, spaced or not', 'Really... or . . . so'],
		['backticks', "A ``quoted'' word"],
		[
			'quotes at the start of blocks',
			'"Opening" heading\n\n## "Quoted" heading\n\n| "a" | b |\n| --- | --- |\n| \'c\' | d |',
		],
		['quotes in inline code are left alone', 'Use `"straight"` quotes, then "curly" ones.'],
		[
			'quotes in JSX text and attributes',
			'<Callout title="Don\'t">\n\nIt\'s "fine".\n\n</Callout>\n\nA <b>"bold"</b> word.',
		],
		['text without any of them', 'Plain text, with commas; colons: and full stops.'],
	])('gives the same tree as remark-smartypants for %s', (_, mdx) => {
		expect(tree(mdx, remarkSmartypants)).toBe(tree(mdx, originalSmartypants));
	});

	test('gives the same tree as remark-smartypants with options', () => {
		const mdx = 'He said "no" -- twice...';
		const options: Options = { dashes: 'oldschool', openingQuotes: { double: '«', single: '‹' } };
		expect(tree(mdx, remarkSmartypants, options)).toBe(tree(mdx, originalSmartypants, options));
	});

	test('gives the same trees as remark-smartypants for every real essay, page and update', () => {
		const files = ['essays', 'pages', 'projects', 'updates'].flatMap((folder) => mdxIn(path.join('content', folder)));
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) expect(tree(body(file), remarkSmartypants)).toBe(tree(body(file), originalSmartypants));
	}, 60_000);

	test('gives the same trees as remark-smartypants for the benchmark essays', () => {
		const essays = corpusFiles({ essays: 20 }).filter((file) => file.path.startsWith('essays/'));
		for (const { contents } of essays) {
			expect(tree(body(contents), remarkSmartypants)).toBe(tree(body(contents), originalSmartypants));
		}
		// Twenty whole essays through two pipelines: seconds on a loaded two-core machine.
	}, 60_000);

	test('curls quotes and apostrophes', () => {
		expect(tree(`"It's here"`, remarkSmartypants)).toContain('“It’s here”');
	});
});
