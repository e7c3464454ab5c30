// Renders the favicon and link-preview images in public/ from their SVG sources with Chromium.
// Run once after changing a source: `npm exec -- node scripts/icons/make-icons.ts`. The PNGs and ICO are committed.
import { readFile, writeFile } from 'node:fs/promises';
import { launchBrowser } from '../../tests/support/browser.ts';

const publicDir = new URL('../../public/', import.meta.url);
const favicon = await readFile(new URL('favicon.svg', publicDir), 'utf8');
const og = await readFile(new URL('og-default.svg', import.meta.url), 'utf8');

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

/** An ICO file that wraps one PNG, as every current browser accepts. */
function ico(image: Buffer, size: number): Buffer {
	const header = Buffer.alloc(22);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(1, 4); // one image
	header.writeUInt8(size, 6);
	header.writeUInt8(size, 7);
	header.writeUInt16LE(1, 10); // colour planes
	header.writeUInt16LE(32, 12); // bits per pixel
	header.writeUInt32LE(image.length, 14);
	header.writeUInt32LE(22, 18); // offset of the image data
	return Buffer.concat([header, image]);
}

try {
	await writeFile(new URL('favicon.ico', publicDir), ico(await png(favicon, 32, 32), 32));
	await writeFile(
		new URL('apple-touch-icon.png', publicDir),
		await png(favicon.replace('rx="14"', 'rx="0"'), 180, 180),
	);
	await writeFile(new URL('icon-192.png', publicDir), await png(favicon, 192, 192));
	await writeFile(new URL('icon-512.png', publicDir), await png(favicon, 512, 512));
	await writeFile(
		new URL('og-default.png', publicDir),
		await png(og.replace(/ width="1200" height="630"/, ''), 1200, 630),
	);
} finally {
	await browser.close();
}
