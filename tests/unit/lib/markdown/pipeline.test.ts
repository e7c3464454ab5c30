import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkGfm from 'remark-gfm';
import { markdownPipeline } from '../../../../src/lib/markdown/pipeline';
import { PAGE_MODULE } from '../../../../src/lib/page-modules';
import { remarkSmartypants } from '../../../../src/lib/markdown/smartypants';

async function render(markdown: string): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(markdownPipeline.remarkPlugins)
		.use(remarkRehype, markdownPipeline.remarkRehype)
		.use(markdownPipeline.rehypePlugins)
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('markdownPipeline', () => {
	test('switches off Astro’s own GFM so remark-gfm runs exactly once', () => {
		expect(markdownPipeline.gfm).toBe(false);
		expect(markdownPipeline.remarkPlugins.filter((plugin) => plugin === remarkGfm)).toHaveLength(1);
		expect(markdownPipeline.remarkPlugins).not.toContain(undefined);
	});

	test('switches off Astro’s own smart punctuation and curls quotes itself, before anything else', async () => {
		expect(markdownPipeline.smartypants).toBe(false);
		expect(markdownPipeline.remarkPlugins[0]).toBe(remarkSmartypants);
		expect(await render(`The Lab's "view" -- briefly...`)).toContain('The Lab’s “view” — briefly…');
	});

	test('gives headings github-style ids, numbering repeats', async () => {
		const html = await render('## What is a lab?\n\n## Peer support: the “evidence” gap\n\n## What is a lab?');
		expect(html).toContain('<h2 id="what-is-a-lab">');
		expect(html).toContain('<h2 id="peer-support-the-evidence-gap">');
		expect(html).toContain('<h2 id="what-is-a-lab-1">');
	});

	test('renders GFM tables inside a labelled, focusable scroll region', async () => {
		const html = await render('| Phase | Dates |\n| --- | --- |\n| Research | Apr–Jul 2017 |');
		expect(html).toMatch(/<table>[\s\S]*<th>Phase<\/th>[\s\S]*<td>Apr–Jul 2017<\/td>/);
		expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Table: Phase, Dates"><table>');
	});

	test('renders footnotes with back-links', async () => {
		const html = await render('A claim.[^1]\n\n[^1]: The source.');
		expect(html).toContain('href="#user-content-fn-1"');
		expect(html).toContain('data-footnote-backref');
	});

	test('keeps note numbers and back-links out of search, and has each number start its note preview', async () => {
		const html = await render('A claim.[^1]\n\n[^1]: The source.');
		expect(html).toMatch(
			new RegExp(`<sup data-pagefind-ignore=""><a href="#user-content-fn-1"[^>]*data-use="${PAGE_MODULE.notes}"`),
		);
		expect(html).toMatch(/<a href="#user-content-fnref-1" data-footnote-backref=""[^>]*data-pagefind-ignore=""/);
	});

	test('puts an anchor link after each section heading, named for screen readers, outside the heading', async () => {
		const html = await render('## Why peer support?\n\n### In practice');
		expect(html).toContain(
			'<div class="heading heading-h2"><h2 id="why-peer-support">Why peer support?</h2><a class="heading-anchor" data-pagefind-ignore="" href="#why-peer-support"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Why peer support?”</span></a></div>',
		);
		expect(html).toContain('href="#in-practice"');
	});

	test('titles the footnotes "Notes", visibly, without an anchor link, and names each back-link', async () => {
		const html = await render('A claim.[^1] Again.[^1]\n\n[^1]: The source.');
		expect(html).toContain('<h2 class="footnotes-title" id="footnote-label">Notes</h2>');
		expect(html).not.toContain('href="#footnote-label"');
		expect(html).toContain('aria-label="Back to reference 1"');
		expect(html).toContain('aria-label="Back to reference 1, use 2"');
	});
});
