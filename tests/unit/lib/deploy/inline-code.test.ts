import { describe, expect, test } from 'vitest';
import { cspHash } from '../../../../src/lib/deploy/csp';
import { inlineCode, inlineHashes } from '../../../../src/lib/deploy/inline-code';

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
