import { describe, expect, test } from 'vitest';
import { cspHash } from '../../../../src/lib/deploy/csp';
import { inlineCode, inlineHashes, mergeInlineHashes, pageInlineHashes } from '../../../../src/lib/deploy/inline-code';

const page = `<!doctype html><html><head>
<script>document.documentElement.dataset.theme = "a < b";</script>
<script type="application/ld+json">{"@type":"Article"}</script>
<script type="module" src="/_astro/a.js"></script>
<style>body{margin:0}</style>
</head><body><script type="module">import('/x.js')</script></body></html>`;

describe('inlineCode', () => {
	test('returns inline scripts and styles exactly as written, skipping JSON data and external scripts', () => {
		expect(inlineCode(page)).toEqual({
			scripts: ['document.documentElement.dataset.theme = "a < b";', "import('/x.js')"],
			styles: ['body{margin:0}'],
		});
	});
});

describe('inlineHashes', () => {
	test('hashes every inline script and style across pages once', () => {
		expect(inlineHashes([page, page])).toEqual({
			scriptHashes: [cspHash('document.documentElement.dataset.theme = "a < b";'), cspHash("import('/x.js')")].sort(),
			styleHashes: [cspHash('body{margin:0}')],
		});
	});
});

describe('pageInlineHashes and mergeInlineHashes', () => {
	test('one page’s hashes are its inline code’s, each once and sorted', () => {
		const twice = `<script>a()</script><p>text</p><script>a()</script><style>p{}</style>`;
		expect(pageInlineHashes(twice)).toEqual({ scriptHashes: [cspHash('a()')], styleHashes: [cspHash('p{}')] });
	});

	test('finds elements written in capitals or inside an SVG, and nothing in a page with neither', () => {
		expect(pageInlineHashes('<SCRIPT>b()</SCRIPT><svg><style>.c{}</style></svg>')).toEqual({
			scriptHashes: [cspHash('b()')],
			styleHashes: [cspHash('.c{}')],
		});
		expect(pageInlineHashes('<p>A &lt;script&gt; in prose is text.</p>')).toEqual({
			scriptHashes: [],
			styleHashes: [],
		});
	});

	test('reads the other sites a page’s own policy allows images from', () => {
		const withImages =
			"<meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; img-src 'self' https://a.org; script-src 'self'\">";
		expect(pageInlineHashes(withImages).imageSources).toEqual(['https://a.org']);
		expect(mergeInlineHashes([pageInlineHashes(withImages), pageInlineHashes(page)]).imageSources).toEqual([
			'https://a.org',
		]);
	});

	test('merging pages is the same as hashing them together', () => {
		const other = '<script>c()</script>';
		expect(mergeInlineHashes([pageInlineHashes(page), pageInlineHashes(other)])).toEqual(inlineHashes([page, other]));
	});
});
