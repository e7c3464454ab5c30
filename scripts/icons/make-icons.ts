// Renders the Lab's favicons and default link-preview image in content/site/ from their SVG sources with Chromium.
// Run once after changing a source: `npm exec -- node scripts/icons/make-icons.ts`. The PNGs and ICO are committed.
// (A site that names only an SVG icon in content/site.yaml gets the PNGs drawn at build time instead.)
import { readFile, writeFile } from 'node:fs/promises';
import { icoOf as ico } from '../../src/lib/site/icons.ts';
import { launchBrowser } from '../../tests/support/browser.ts';

const siteDir = new URL('../../content/site/', import.meta.url);
const favicon = await readFile(new URL('favicon.svg', siteDir), 'utf8');
const og = await readFile(new URL('og-default.svg', siteDir), 'utf8');

const browser = await launchBrowser();
/** A PNG of an SVG drawn at `width`×`height` CSS pixels. */
async function png(svg: string, width: number, height: number): Promise<Buffer> {
	const page = await browser.newPage({ viewport: { width, height } });
	const sized = svg.replace('<svg ', `<svg width="${width}" height="${height}" `);
	await page.setContent(`<body style="margin:0">${sized}</body>`);
	const image = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
	await page.close();
	return image;
}

try {
	await writeFile(new URL('favicon.ico', siteDir), ico(await png(favicon, 32, 32), 32));
	await writeFile(new URL('apple-touch-icon.png', siteDir), await png(favicon.replace('rx="14"', 'rx="0"'), 180, 180));
	await writeFile(new URL('icon-192.png', siteDir), await png(favicon, 192, 192));
	await writeFile(new URL('icon-512.png', siteDir), await png(favicon, 512, 512));
	await writeFile(
		new URL('og-default.png', siteDir),
		await png(og.replace(/ width="1200" height="630"/, ''), 1200, 630),
	);
} finally {
	await browser.close();
}
