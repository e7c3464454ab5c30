import { Resvg } from '@resvg/resvg-js';

/** The icons every page links to, by the address they are served at. */
export const ICON_SIZES = {
	'favicon.ico': 32,
	'apple-touch-icon.png': 180,
	'icon-192.png': 192,
	'icon-512.png': 512,
} as const;

/** An icon drawn from an SVG, by its address. */
export type DrawnIcon = keyof typeof ICON_SIZES;

/** The icon a site without its own gets: a rounded square in `colour` with two lines of text on a white page. */
export function neutralIconSvg(colour: string): string {
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
		`<rect width="64" height="64" rx="14" fill="${colour}"/>`,
		'<rect x="17" y="13" width="30" height="38" rx="3" fill="#fff"/>',
		`<path d="M23 24h18M23 32h18M23 40h11" stroke="${colour}" stroke-width="4" stroke-linecap="round"/>`,
		'</svg>',
	].join('');
}

/** A square PNG of an SVG, `size` pixels wide: `svgToPng(svg, 192)`. */
export function svgToPng(svg: string, size: number): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
	return new Uint8Array(resvg.render().asPng());
}

/** An ICO file that wraps one square PNG of `size` pixels, as every current browser accepts. */
export function icoOf(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
	const header = new DataView(new ArrayBuffer(22));
	header.setUint16(0, 0, true); // reserved
	header.setUint16(2, 1, true); // type: icon
	header.setUint16(4, 1, true); // one image
	header.setUint8(6, size >= 256 ? 0 : size); // 0 means 256
	header.setUint8(7, size >= 256 ? 0 : size);
	header.setUint16(10, 1, true); // colour planes
	header.setUint16(12, 32, true); // bits per pixel
	header.setUint32(14, png.length, true);
	header.setUint32(18, 22, true); // offset of the image data
	const ico = new Uint8Array(22 + png.length);
	ico.set(new Uint8Array(header.buffer), 0);
	ico.set(png, 22);
	return ico;
}

/** The icon at `name` drawn from an SVG: a PNG, or for `favicon.ico` a PNG wrapped as ICO. */
export function drawIcon(name: DrawnIcon, svg: string): Uint8Array<ArrayBuffer> {
	const size = ICON_SIZES[name];
	const png = svgToPng(svg, size);
	return name === 'favicon.ico' ? icoOf(png, size) : png;
}
