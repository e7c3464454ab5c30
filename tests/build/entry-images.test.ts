import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderedFiles } from '../support/build-log';
import { buildSite, verifiedBuild, type BuildResult } from '../support/build-site';
import { page } from '../support/dist';
import { outputRoot, repoRoot } from '../support/paths';

// The check fixture's valid site with tests/fixtures/images/ laid over it: images beside a flat essay, in a folder
// essay (every format the site reads), in an update, a project and a page, one shared through `../`, and another
// site's image. Built by `npm run build`'s pipeline (the verifier checks every image address) under a sub-path, then
// again after one image file is replaced.
const SITE = 'https://lab.example.org';
const BASE = '/lab/';
const NAME = 'entry-images';
const content = path.join(outputRoot, `${NAME}-content`);
const cacheDir = path.join(repoRoot, 'node_modules/.astro-test', NAME);
const storedEssays = () => readdirSync(path.join(cacheDir, 'entry-html/essays')).sort();
const REMOTE = 'https://images.example.org/wall.png';

/** The pages with images beside their entries, and how many each shows. */
const PAGES = {
	'/essays/first-essay/': 3,
	'/essays/field-notes/': 5,
	'/updates/workshop-photos/': 1,
	'/projects/pilot/': 1,
	'/about/': 1,
};

let cold: BuildResult;
let coldStored: string[];
let warm: BuildResult;
const build = () => buildSite({ name: NAME, content, base: BASE, env: { SITE_URL: SITE }, command: verifiedBuild });
const images = (dist: string, urlPath: string) => page(dist, urlPath).querySelectorAll('main img');
const inDist = (dist: string, address: string) =>
	path.join(dist, address.replace(/^https:\/\/[^/]+/, '').slice(BASE.length));

beforeAll(async () => {
	rmSync(content, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	cpSync(path.join(repoRoot, 'tests/fixtures/checks/base'), content, { recursive: true });
	cpSync(path.join(repoRoot, 'tests/fixtures/images'), content, { recursive: true });
	cold = await build();
	coldStored = existsSync(path.join(cacheDir, 'entry-html/essays')) ? storedEssays() : [];
	// The folder essay's first image is replaced by a narrower one, under the same name.
	await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2a6f77' } })
		.webp()
		.toFile(path.join(content, 'essays/field-notes/wall.webp'));
	warm = await build();
}, 900_000);

describe('images beside entries', () => {
	test('build, and pass the build’s own verification (every image address leads to a file)', () => {
		expect(cold.exitCode, cold.output.slice(-4000)).toBe(0);
		expect(cold.output).toMatch(/Verified \d+ pages/);
	});

	test('a folder entry takes its folder’s name, and the images beside it are not entries', () => {
		expect(existsSync(path.join(cold.outDir, 'essays/field-notes/index.html'))).toBe(true);
		const listing = page(cold.outDir, '/essays/').querySelectorAll('main a[href^="/lab/essays/"]');
		const essays = [...new Set(listing.map((a) => a.getAttribute('href')))].filter((href) => href !== '/lab/essays/');
		expect(essays.sort()).toEqual([
			'/lab/essays/field-notes/',
			'/lab/essays/first-essay/',
			'/lab/essays/second-essay/',
		]);
	});

	test.each(Object.entries(PAGES))(
		'%s: every image has width, height, a WebP srcset fitted to the column, and its files in dist/',
		(urlPath, count) => {
			const shown = images(cold.outDir, urlPath).filter((img) => img.getAttribute('src') !== REMOTE);
			expect(shown).toHaveLength(count - (urlPath === '/essays/field-notes/' ? 1 : 0));
			for (const img of shown) {
				const src = img.getAttribute('src')!;
				expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
				expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
				expect(img.getAttribute('alt')).toBeDefined();
				expect(src).toMatch(new RegExp(`^${BASE}_astro/`));
				expect(existsSync(inDist(cold.outDir, src))).toBe(true);
				if (src.endsWith('.svg')) continue;
				expect(src).toMatch(/\.webp$/);
				expect(img.getAttribute('sizes')).toMatch(/^\(min-width: \d+px\) \d+px, 92vw$/);
				const candidates = img.getAttribute('srcset')!.split(', ');
				expect(candidates.length).toBeGreaterThan(0);
				for (const candidate of candidates) {
					const [address, width] = candidate.split(' ');
					expect(address).toMatch(/\.webp$/);
					expect(width).toMatch(/^\d+w$/);
					expect(existsSync(inDist(cold.outDir, address!))).toBe(true);
				}
			}
		},
	);

	test('a wide image is shown at the column’s width, a small one at its own, with sizes to match', () => {
		const [wide, small] = images(cold.outDir, '/essays/first-essay/');
		expect(wide?.attributes).toMatchObject({ width: '720', height: '405', sizes: '(min-width: 783px) 720px, 92vw' });
		expect(wide?.getAttribute('srcset')).toMatch(/ 720w, .* 1440w$/);
		expect(wide?.getAttribute('title')).toBe('Roles at the first workshop');
		expect(small?.attributes).toMatchObject({ width: '480', height: '320', sizes: '(min-width: 522px) 480px, 92vw' });
	});

	test('only an image near the top of the text loads at once; the rest load lazily', () => {
		const loading = (urlPath: string) => images(cold.outDir, urlPath).map((img) => img.getAttribute('loading'));
		expect(loading('/essays/first-essay/')).toEqual(['eager', 'lazy', 'lazy']);
		expect(loading('/projects/pilot/')).toEqual(['lazy']);
		for (const urlPath of Object.keys(PAGES)) {
			for (const img of images(cold.outDir, urlPath)) expect(img.getAttribute('decoding')).toBe('async');
		}
	});

	test('an SVG keeps its format and its own size; another site’s image is left as written', () => {
		const shown = images(cold.outDir, '/essays/field-notes/');
		const svg = shown.find((img) => img.getAttribute('src')?.endsWith('.svg'));
		expect(svg?.attributes).toMatchObject({ width: '320', height: '16', alt: '' });
		expect(svg?.getAttribute('srcset')).toBeUndefined();
		const remote = shown.find((img) => img.getAttribute('src') === REMOTE);
		expect(remote?.getAttribute('width')).toBeUndefined();
		expect(remote?.attributes).toMatchObject({ loading: 'lazy', decoding: 'async' });
	});

	test('an animated GIF becomes an animated WebP', async () => {
		const gif = images(cold.outDir, '/essays/field-notes/').find((img) => /pulse/.test(img.getAttribute('src')!));
		const { pages, format } = await sharp(inDist(cold.outDir, gif!.getAttribute('src')!)).metadata();
		expect({ format, pages }).toEqual({ format: 'webp', pages: 2 });
	});

	test('the feed and the Markdown copy point at the processed files with absolute addresses', () => {
		const feed = readFileSync(path.join(cold.outDir, 'essays/rss.xml'), 'utf8');
		const srcsets = [...feed.matchAll(/srcset=&quot;(.*?)&quot;/g)].map((match) => match[1]!);
		expect(srcsets.length).toBeGreaterThan(3);
		for (const srcset of srcsets) {
			for (const candidate of srcset.split(', ')) expect(candidate).toMatch(new RegExp(`^${SITE}${BASE}_astro/`));
		}
		const markdown = readFileSync(path.join(cold.outDir, 'essays/field-notes/index.md'), 'utf8');
		const addresses = [...markdown.matchAll(/!\[[^\]]*\]\((\S+)\)/g)].map((match) => match[1]!);
		expect(addresses).toHaveLength(5);
		for (const address of addresses.filter((a) => a !== REMOTE)) {
			expect(address).toMatch(new RegExp(`^${SITE}${BASE}_astro/`));
			expect(existsSync(inDist(cold.outDir, address))).toBe(true);
		}
	});
});

describe('a rebuild after an image file is replaced', () => {
	test('re-renders the entries that show it, with the new size, and keeps the rest', () => {
		expect(warm.exitCode, warm.output.slice(-4000)).toBe(0);
		for (const urlPath of ['/essays/field-notes/', '/projects/pilot/']) {
			const wall = images(warm.outDir, urlPath).find((img) => /wall/.test(img.getAttribute('src')!));
			expect(wall?.attributes).toMatchObject({ width: '600', height: '400' });
			expect(existsSync(inDist(warm.outDir, wall!.getAttribute('src')!))).toBe(true);
		}
		const rendered = renderedFiles(warm.output);
		expect(rendered).toContain('/essays/field-notes/index.html');
		expect(rendered).not.toContain('/essays/first-essay/index.html');
		// The unchanged page was restored with its images, and still finds them.
		for (const img of images(warm.outDir, '/essays/first-essay/')) {
			expect(existsSync(inDist(warm.outDir, img.getAttribute('src')!))).toBe(true);
		}
	});

	test('keeps the folder essay’s HTML under a new name, and the others under theirs', () => {
		const now = storedEssays();
		expect(now).toHaveLength(coldStored.length);
		expect(now.filter((name) => !coldStored.includes(name))).toHaveLength(1);
	});
});
