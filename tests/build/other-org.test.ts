import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, verifiedBuild, type BuildResult } from '../support/build-site';
import { htmlFiles, page } from '../support/dist';

// A second organisation's content folder, built by the same code with `npm run build`'s pipeline: everything that
// names the publisher comes from its content/site.yaml, and nothing of the Lab's is left in the code.
const SITE = 'https://notes.northfield.example';
const NAME = 'Northfield Research Group';
const TITLE = 'Field Notes';
const THE_LABS = /Q Improvement Lab|Q Lab|Health Foundation|Lab Essays|\bLab\b/;

let build: BuildResult;
beforeAll(async () => {
	build = await buildSite({
		name: 'other-org',
		content: 'tests/fixtures/other-org',
		env: { SITE_URL: SITE },
		command: verifiedBuild,
	});
	if (build.exitCode !== 0) throw new Error(build.output.slice(-4000));
});
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const bytes = (file: string) => readFileSync(path.join(build.outDir, file));
const rss = (file: string) => new XMLParser().parse(read(file)).rss.channel;
/** Every text file the site serves (pages, feeds, manifest, sitemap, scripts, styles, search index metadata). */
const textFiles = () =>
	readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(path.sep).join('/'))
		.filter((file) => /\.(?:html|xml|json|webmanifest|txt|js|css|svg)$|^_headers$|^_redirects$/.test(file));

describe('a second organisation’s site', () => {
	test('passes the build’s own verification', () => {
		expect(build.output).toMatch(/Verified \d+ pages/);
	});

	test('never names the Lab, in any file it serves', () => {
		const files = textFiles();
		expect(files.length).toBeGreaterThan(20);
		expect(files.filter((file) => THE_LABS.test(read(file)))).toEqual([]);
	});

	test('carries its name and title in every page’s header, title and publisher', () => {
		const pages = htmlFiles(build.outDir);
		expect(pages.length).toBeGreaterThan(8);
		for (const file of pages) {
			const html = page(build.outDir, `/${file}`);
			expect(html.querySelector('.site-name')?.text, file).toBe(`${TITLE}${NAME}`);
			expect(html.querySelector('title')?.text, file).toMatch(new RegExp(`^(?:.+ · )?${TITLE}$`));
			expect(html.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), file).toBe(TITLE);
			const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
			expect(jsonLd['@graph'][0], file).toMatchObject({ '@type': 'Organization', name: NAME });
		}
	});

	test('shows its own wording on the home page, in the header and footer, and neutral words where it has none', () => {
		const home = page(build.outDir, '/');
		expect(home.querySelector('.lede')?.text).toBe(
			'Northfield Research Group studies how towns live with their rivers. Field Notes shares what each study found.',
		);
		expect(home.querySelector('.more-link[href="/about/"]')?.text).toBe('About Northfield');
		expect(home.querySelectorAll('.site-nav a').map((a) => a.text)).toEqual([
			'Essays',
			'Projects',
			'Updates',
			'About Northfield',
		]);
		expect(home.querySelector('.site-footer p')?.text).toBe('Field Notes is written by Northfield Research Group.');
		expect(home.querySelectorAll('.site-footer a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
			['About Northfield', '/about/'],
			['Work with us', '/get-involved/'],
		]);
		expect(page(build.outDir, '/essays/').querySelector('.lede')?.text).toBe(
			'Northfield’s essays, one series for each study.',
		);
		expect(page(build.outDir, '/projects/').querySelector('.lede')).toBeNull();
		expect(page(build.outDir, '/updates/').querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
			'News from Northfield Research Group’s studies.',
		);
	});

	test('names itself in both feeds', () => {
		expect(rss('essays/rss.xml')).toMatchObject({
			title: `${TITLE}: essays`,
			description: `Essays from ${NAME}, in full.`,
			language: 'en-GB',
		});
		expect(rss('updates/rss.xml')).toMatchObject({
			title: `${TITLE}: updates`,
			description: `Updates from ${NAME}, in full.`,
		});
	});

	test('describes its link-preview images by its own name', () => {
		const alt = (urlPath: string) =>
			page(build.outDir, urlPath).querySelector('meta[property="og:image:alt"]')?.getAttribute('content');
		expect(alt('/')).toBe(`${TITLE}, from ${NAME}`);
		expect(alt('/projects/river-towns/')).toBe(`${TITLE}, from ${NAME}`);
		expect(alt('/essays/what-the-towns-told-us/')).toBe(`What the towns told us, from ${TITLE}`);
	});

	test('generates its web manifest from its settings', () => {
		expect(JSON.parse(read('site.webmanifest'))).toMatchObject({
			name: TITLE,
			short_name: TITLE,
			description:
				'Field Notes publishes what Northfield Research Group learns about rivers, floods and the towns beside them.',
			theme_color: '#2f5d3a',
		});
	});

	test('serves its own SVG icon, the PNG icons drawn from it, and a share image drawn from its title', () => {
		expect(read('favicon.svg')).toBe(readFileSync('tests/fixtures/other-org/site/icon.svg', 'utf8'));
		const size = (file: string) => [bytes(file).readUInt32BE(16), bytes(file).readUInt32BE(20)];
		expect(size('icon-192.png')).toEqual([192, 192]);
		expect(size('icon-512.png')).toEqual([512, 512]);
		expect(size('apple-touch-icon.png')).toEqual([180, 180]);
		expect(size('og-default.png')).toEqual([1200, 630]);
		expect([...bytes('favicon.ico').subarray(0, 4)]).toEqual([0, 0, 1, 0]);
		expect(bytes('og-default.png').equals(readFileSync('content/site/og-default.png'))).toBe(false);
	});
});
