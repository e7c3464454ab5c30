import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownPipelineFor } from '../../../../src/lib/markdown/pipeline';
import { isRootRelative, rehypeBaseLinks } from '../../../../src/lib/markdown/rehype-base-links';

async function render(markdown: string, base: string): Promise<string> {
	const pipeline = markdownPipelineFor(base);
	const file = await unified()
		.use(remarkParse)
		.use(pipeline.remarkPlugins)
		.use(remarkRehype)
		.use(pipeline.rehypePlugins)
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('isRootRelative', () => {
	test.each([
		['/about/', true],
		['/essays/x/#anchor', true],
		['//cdn.example.org/x.js', false],
		['#anchor', false],
		['../about/', false],
		['https://example.org/', false],
		['mailto:lab@example.org', false],
	])('%s => %s', (url, expected) => expect(isRootRelative(url)).toBe(expected));
});

describe('rehypeBaseLinks', () => {
	test('prefixes links editors write in Markdown with the base, keeping anchors', async () => {
		const html = await render('See [the FAQ](/about/) and [this part](/essays/x/#why).', '/lab-essays/');
		expect(html).toContain('<a href="/lab-essays/about/">the FAQ</a>');
		expect(html).toContain('<a href="/lab-essays/essays/x/#why">this part</a>');
	});

	test('prefixes image sources', async () => {
		expect(await render('![A chart](/images/chart.png)', '/lab/')).toContain('src="/lab/images/chart.png"');
	});

	test('leaves fragments, relative, external and protocol-relative links alone', async () => {
		const html = await render('[a](#top) [b](../x/) [c](https://example.org/about/) [d](//example.org/)', '/lab/');
		expect(html).toContain('href="#top"');
		expect(html).toContain('href="../x/"');
		expect(html).toContain('href="https://example.org/about/"');
		expect(html).toContain('href="//example.org/"');
	});

	test('changes nothing at the domain root and never prefixes twice', async () => {
		expect(await render('[FAQ](/about/)', '/')).toContain('href="/about/"');
		expect(await render('[FAQ](/lab/about/)', '/lab/')).toContain('href="/lab/about/"');
	});

	test('rewrites literal href and src attributes on MDX JSX elements', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'mdxJsxFlowElement',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'href', value: '/get-involved/' },
						{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link/' },
					],
					children: [],
				},
			],
		};
		rehypeBaseLinks({ base: '/lab/' })(tree);
		expect(tree.children[0]!.attributes.map((a) => a.value)).toEqual(['/lab/get-involved/', '/not-a-link/']);
	});
});
