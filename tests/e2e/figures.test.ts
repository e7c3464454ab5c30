import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserAvailable } from '../support/browser';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';
import { useSiteSession } from '../support/site-session';

// Figures drawn from data, in Chromium: legible in the light and dark themes and in print (text 4.5:1 and marks 3:1
// against what is behind them), inside the column on a small phone, and with no script.

const withFigures = htmlFiles(siteDist)
	.filter((file) => page(siteDist, `/${file}`).querySelector('figure.data-figure'))
	.map((file) => `/${file.replace(/index\.html$/, '')}`);

/** The lowest contrast of the figures' text and of their marks against what lies behind each. */
function lowestContrast(tab: Page) {
	return tab.evaluate(() => {
		const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
		const luminance = (colour: string) => {
			const [r, g, b] = rgb(colour).map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const ratio = (a: string, b: string) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const pageBackground = (element: Element) => {
			for (let node: Element | null = element; node; node = node.parentElement) {
				const colour = getComputedStyle(node).backgroundColor;
				if (!/rgba\(.*, 0\)|transparent/.test(colour)) return colour;
			}
			return 'rgb(255, 255, 255)';
		};
		/** The filled shape a text sits on (a tile, a numbered circle), if any. */
		const shapeBehind = (text: SVGGraphicsElement) => {
			const box = text.getBBox();
			const shapes = [...text.ownerSVGElement!.querySelectorAll<SVGGraphicsElement>('rect, circle')];
			return shapes.find((shape) => {
				const s = shape.getBBox();
				return (
					box.x >= s.x && box.y >= s.y && box.x + box.width <= s.x + s.width && box.y + box.height <= s.y + s.height
				);
			});
		};
		let text = Infinity;
		let marks = Infinity;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.data-figure svg')) {
			const behind = pageBackground(svg);
			for (const label of svg.querySelectorAll<SVGTextElement>('text')) {
				const shape = shapeBehind(label);
				text = Math.min(text, ratio(getComputedStyle(label).fill, shape ? getComputedStyle(shape).fill : behind));
			}
			for (const mark of svg.querySelectorAll('.data-figure-mark'))
				marks = Math.min(marks, ratio(getComputedStyle(mark).fill, behind));
		}
		return { text, marks };
	});
}

describe.runIf(browserAvailable())('figures drawn from data', () => {
	const session = useSiteSession();

	test('the site has pages with figures to check', () => expect(withFigures.length).toBeGreaterThanOrEqual(4));

	test.each(withFigures.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))(
		'%s in the %s theme: legible, and axe finds nothing',
		async (path, colorScheme) => {
			const context = await session.browser.newContext({ colorScheme });
			const tab = await context.newPage();
			await tab.goto(`${session.server.origin}${path}`);
			const { text, marks } = await lowestContrast(tab);
			expect(text).toBeGreaterThanOrEqual(4.5);
			expect(marks).toBeGreaterThanOrEqual(3);
			expect(await axeViolations(tab, '.data-figure')).toEqual([]);
			await context.close();
		},
	);

	test.each(withFigures)('%s in print: drawn, in black on white, legible', async (path) => {
		const context = await session.browser.newContext({ colorScheme: 'dark' });
		const tab = await context.newPage();
		await tab.goto(`${session.server.origin}${path}`);
		await tab.emulateMedia({ media: 'print' });
		expect(await tab.locator('.data-figure svg').first().isVisible()).toBe(true);
		const { text, marks } = await lowestContrast(tab);
		expect(text).toBeGreaterThanOrEqual(4.5);
		expect(marks).toBeGreaterThanOrEqual(3);
		await context.close();
	});

	test.each(withFigures)('%s on a 320px phone: every figure fits its column, with no script', async (path) => {
		const context = await session.browser.newContext({
			viewport: { width: 320, height: 640 },
			javaScriptEnabled: false,
		});
		const tab = await context.newPage();
		await tab.goto(`${session.server.origin}${path}`);
		const overflow = await tab.evaluate(() =>
			[...document.querySelectorAll('.data-figure svg')].map((svg) => {
				const figure = svg.closest('figure')!.getBoundingClientRect();
				const drawing = (svg as SVGSVGElement).getBoundingClientRect();
				return Math.max(0, drawing.right - figure.right, figure.left - drawing.left);
			}),
		);
		expect(overflow.every((px) => px === 0)).toBe(true);
		expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await context.close();
	});
});
