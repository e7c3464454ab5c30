import { describe, expect, test } from 'vitest';
import { ogImageSvg, wrapText } from '../../../../src/lib/seo/og-image';

describe('wrapText', () => {
	test.each([
		['What is the Q Improvement Lab?', 16, 2, ['What is the Q', 'Improvement Lab?']],
		['Short', 16, 2, ['Short']],
		['abcdefghi jk lm', 9, 1, ['abcdefgh…']],
		['one two three four', 9, 2, ['one two', 'three…']],
		['Supercalifragilistic word', 8, 3, ['Supercalifragilistic', 'word']],
	])('%s in %i characters, %i lines => %o', (text, chars, lines, expected) =>
		expect(wrapText(text, chars, lines)).toEqual(expected),
	);
});

describe('ogImageSvg', () => {
	const svg = ogImageSvg({
		kicker: 'Essay 3 · Peer support',
		title: 'Risk & <reward> in "peer" support',
		footer: 'Q Lab · May 2018',
	});

	test('is a 1200×630 SVG with the kicker, title and footer', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('>Essay 3 · Peer support</text>');
		expect(svg).toContain('>Q Lab · May 2018</text>');
	});

	test('escapes the text so a title cannot break the markup', () => {
		expect(svg).toContain('Risk &amp; &lt;reward&gt;');
		expect(svg).toContain('&quot;peer&quot;');
		expect(svg).not.toContain('<reward>');
	});
});
