import { describe, expect, test } from 'vitest';
import { drawIcon, icoOf, neutralIconSvg, svgToPng } from '../../../../src/lib/site/icons';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
/** The width and height in a PNG's header. */
const pngSize = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset);
	return [view.getUint32(16), view.getUint32(20)];
};

describe('neutralIconSvg', () => {
	test('draws in the given colour, with no text to need a font', () => {
		const svg = neutralIconSvg('#123456');
		expect(svg).toContain('fill="#123456"');
		expect(svg).not.toContain('<text');
	});
});

describe('svgToPng', () => {
	test('draws a square PNG of the given size', () => {
		const png = svgToPng(neutralIconSvg('#123456'), 192);
		expect([...png.slice(0, 4)]).toEqual(PNG_SIGNATURE);
		expect(pngSize(png)).toEqual([192, 192]);
	});
});

describe('icoOf', () => {
	test('wraps one PNG in an ICO header that points at it', () => {
		const png = new Uint8Array([1, 2, 3]);
		const ico = icoOf(png, 32);
		const view = new DataView(ico.buffer);
		expect([view.getUint16(2, true), view.getUint16(4, true), ico[6], ico[7]]).toEqual([1, 1, 32, 32]);
		expect([view.getUint32(14, true), view.getUint32(18, true)]).toEqual([3, 22]);
		expect([...ico.slice(22)]).toEqual([1, 2, 3]);
	});
});

describe('drawIcon', () => {
	test.each([
		['icon-512.png', 512],
		['apple-touch-icon.png', 180],
	] as const)('draws %s at %i pixels', (name, size) => {
		expect(pngSize(drawIcon(name, neutralIconSvg('#123456')))).toEqual([size, size]);
	});

	test('draws favicon.ico as a 32-pixel PNG inside an ICO', () => {
		const ico = drawIcon('favicon.ico', neutralIconSvg('#123456'));
		expect([...ico.slice(0, 4)]).toEqual([0, 0, 1, 0]);
		expect(pngSize(ico.slice(22))).toEqual([32, 32]);
	});
});
