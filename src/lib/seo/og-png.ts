import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { ogImageSvg, type OgImageText } from './og-image.ts';

// The fonts come with the project (the dejavu-fonts-ttf package), not from the machine: a build host without
// DejaVu would otherwise draw every preview image with no text at all, and without an error.
const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
	require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

/** Draws a link-preview image (1200 × 630 PNG) with the project's own fonts. */
export function ogImagePng(text: OgImageText): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(ogImageSvg(text), {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
	});
	return new Uint8Array(resvg.render().asPng());
}
