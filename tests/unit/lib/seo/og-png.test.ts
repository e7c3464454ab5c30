import { describe, expect, test } from 'vitest';
import { ogImagePng } from '../../../../src/lib/seo/og-png';

const blank = { kicker: '', title: '', footer: '' };
const text = { kicker: 'Essay 3 · Peer support', title: 'How do people make decisions?', footer: 'Q Lab · May 2018' };

describe('ogImagePng', () => {
	test('draws a 1200 × 630 PNG', () => {
		const png = Buffer.from(ogImagePng(text));
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('draws the text with the fonts the project ships, whatever the machine has installed', () => {
		// Without a usable font resvg silently leaves text out, so the image would equal the blank one.
		const withText = Buffer.from(ogImagePng(text));
		expect(withText.equals(Buffer.from(ogImagePng(blank)))).toBe(false);
		expect(withText.equals(Buffer.from(ogImagePng({ ...text, title: 'Impact that counts' })))).toBe(false);
	});
});
