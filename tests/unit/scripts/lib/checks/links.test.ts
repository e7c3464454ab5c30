import { describe, expect, test } from 'vitest';
import { outlineBody } from '../../../../../src/lib/mdx/outline';
import { imageProblems, linkProblems, type LinkSource } from '../../../../../scripts/lib/checks/links';
import type { CollectionName } from '../../../../../scripts/lib/checks/types';
import { entry } from './entries';

const source = (collection: CollectionName, name: string, body: string, published = true): LinkSource => ({
	entry: entry(collection, `${name}.mdx`, 'title: T', body),
	outline: outlineBody(body),
	published,
});

describe('linkProblems', () => {
	const target = source('essays', 'a', '## Findings\n\nText.\n');

	test('accepts links to pages, headings, listings and external sites, absolute or relative', () => {
		const links = source(
			'essays',
			'b',
			'[1](/essays/a/) [2](/essays/a/#findings) [3](../a/#findings) [4](/essays/) [5](https://example.org/x) [6](#main) [7](mailto:x@example.org) [8](/essays/a)\n',
		);
		expect(linkProblems([target, links])).toEqual([]);
	});

	test('flags a link to no page and an anchor to no heading, listing the headings there', () => {
		const links = source('essays', 'b', 'Text.\n\n[1](/essays/z/) and [2](/essays/a/#results)\n');
		expect(linkProblems([target, links]).map((p) => `${p.line}: ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "6: The link "/essays/z/" leads to no page. Use a site address ending in /, e.g. /essays/impact-that-counts/, copied from the page you mean.",
			  "6: The link "/essays/a/#results" points to #results, which is not a heading on /essays/a/. Headings there: #findings.",
			]
		`);
	});

	test('flags a link from a published page to a draft, but not from one draft to another', () => {
		const draft = source('essays', 'a', '## Findings\n', false);
		expect(linkProblems([draft, source('essays', 'b', '[x](/essays/a/)\n')])).toHaveLength(1);
		expect(linkProblems([draft, source('essays', 'b', '[x](/essays/a/)\n', false)])).toEqual([]);
	});

	test('accepts any anchor on a page whose file could not be read', () => {
		const links = source('essays', 'b', '[x](/essays/unread/#anything)\n');
		expect(linkProblems([links], [{ collection: 'essays', id: 'unread' }])).toEqual([]);
	});
});

describe('imageProblems', () => {
	test('flags images without alt text unless marked decorative', () => {
		const body =
			'![](/a.png)\n\n![A chart](/b.png)\n\n<Figure src="/c.png" alt="" decorative />\n\n<img src="/d.png" />\n';
		expect(imageProblems([source('essays', 'a', body)]).map((p) => p.line)).toEqual([4, 10]);
	});
});
