import { describe, expect, test } from 'vitest';
import { htmlToMarkdown } from '../../../../src/lib/mirror/html-to-markdown';

const page = 'https://x.org/lab/essays/a/';

describe('htmlToMarkdown', () => {
	test('makes links absolute against the page', () => {
		expect(htmlToMarkdown('<p>See <a href="/lab/about/">about</a> and <a href="#notes">notes</a>.</p>', page)).toBe(
			'See [about](https://x.org/lab/about/) and [notes](https://x.org/lab/essays/a/#notes).\n',
		);
	});

	test('leaves out heading anchors, hidden labels and drawings', () => {
		const html =
			'<div class="heading"><h2 id="a">Title</h2><a class="heading-anchor" href="#a"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Title”</span></a></div>' +
			'<figure><svg><text>12</text></svg><figcaption>A chart</figcaption></figure>';
		expect(htmlToMarkdown(html, page)).toBe('## Title\n\nA chart\n');
	});

	test('turns rendered notes back into Markdown footnotes, without their back-links', () => {
		const html =
			'<p>Text.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup></p>' +
			'<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="user-content-fn-1">' +
			'<p>A source. <a href="#user-content-fnref-1" data-footnote-backref class="data-footnote-backref">↩</a></p></li></ol></section>';
		expect(htmlToMarkdown(html, page)).toBe('Text.[^1]\n\n[^1]: A source.\n');
	});

	test('keeps tables as GitHub-flavoured tables', () => {
		const html =
			'<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
		expect(htmlToMarkdown(html, page)).toBe('| A | B |\n| - | - |\n| 1 | 2 |\n');
	});
});
