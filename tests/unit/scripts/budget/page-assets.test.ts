import { describe, expect, test } from 'vitest';
import { fontUrls, pageAssets } from '../../../../scripts/budget/page-assets';

describe('pageAssets', () => {
	test('finds the theme script, other scripts, module preloads, stylesheets and preloaded fonts, not inert templates', () => {
		const assets = pageAssets(`<!doctype html><html><head>
			<script data-page-script>(()=>{})();</script>
			<script type="application/ld+json">{"@type":"Article"}</script>
			<script type="module" src="/_astro/search.js"></script>
			<link rel="modulepreload" href="/_astro/chunk.js">
			<link rel="stylesheet" href="/_astro/site.css">
			<link rel="preload" as="font" href="/fonts/serif.woff2" crossorigin>
		</head><body><script>alert(1)</script><template><script type="module" src="/_astro/dialog.js"></script></template></body></html>`);
		expect(assets.scripts).toEqual([
			{ kind: 'inline', code: '(()=>{})();', pageScript: true },
			{ kind: 'external', src: '/_astro/search.js', pageScript: false },
			{ kind: 'inline', code: 'alert(1)', pageScript: false },
			{ kind: 'external', src: '/_astro/chunk.js', pageScript: false },
		]);
		expect(assets.stylesheets).toEqual(['/_astro/site.css']);
		expect(assets.preloadedFonts).toEqual(['/fonts/serif.woff2']);
	});

	test('finds nothing in a page without scripts or styles', () => {
		expect(pageAssets('<p>Hi</p>')).toEqual({ scripts: [], stylesheets: [], preloadedFonts: [] });
	});
});

describe('fontUrls', () => {
	test('reads font files from url() in any quoting, dropping query strings', () => {
		const css = `@font-face{src:url(/f/a.woff2) format("woff2"),url('/f/b.woff?v=2'),url("c.ttf")}
			.x{background:url(/img/bg.png)}`;
		expect(fontUrls(css)).toEqual(['/f/a.woff2', '/f/b.woff', 'c.ttf']);
	});
});
