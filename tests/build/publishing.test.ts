import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/read-built-site';
import { verifySite } from '../../scripts/lib/verify';
import { htmlFiles, page } from '../support/dist';
import { fixtureDist, siteDist } from '../support/paths';
import { jsonLdTypes } from '../support/site-checks';

// The real site at the domain root, built once by global-setup.ts with the default SITE_URL: every page, feed item and
// redirect is checked without naming any. What only a known site can pin (a feed item's full text, the FAQ's
// questions) is checked on the fixture site.
const SITE = 'https://lab-essays.example.org';
const read = (file: string, dist = siteDist) => readFileSync(path.join(dist, file), 'utf8');
const slugsIn = (section: string) =>
	htmlFiles(siteDist)
		.map((file) => new RegExp(`^${section}/([^/]+)/index\\.html$`).exec(file)?.[1])
		.filter((slug): slug is string => slug !== undefined && !/^\d+$/.test(slug));

describe('the root build', () => {
	test('passes every check of the build’s verifier (links, anchors, sitemap, search index, CSP, HTML, Nu)', async () => {
		const { site, extras } = await readBuiltSite(siteDist, { site: SITE, base: '/' });
		expect(await verifySite(site, extras, { dir: siteDist })).toEqual([]);
	});
});

describe('feeds', () => {
	const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
	test.each([
		['essays/rss.xml', 'essays'],
		['updates/rss.xml', 'updates'],
	])('%s is XML with every published entry in full, with absolute links', (file, section) => {
		const feed = parser.parse(read(file)) as {
			rss: { channel: { item: { link: string; title: string; 'content:encoded': string }[] } };
		};
		const items = feed.rss.channel.item;
		expect(items.map((item) => item.link).sort()).toEqual(
			slugsIn(section)
				.map((slug) => `${SITE}/${section}/${slug}/`)
				.sort(),
		);
		for (const item of items) {
			expect(item['content:encoded'].trim(), item.link).not.toBe('');
			expect(item['content:encoded'], item.link).not.toMatch(/(?:href|src)="(?!https?:|mailto:)/);
		}
	});

	test('carry an entry’s whole text, its last section and its notes included (fixture)', () => {
		const feed = parser.parse(read('essays/rss.xml', fixtureDist)) as {
			rss: { channel: { item: { link: string; title: string; 'content:encoded': string }[] } };
		};
		const survey = feed.rss.channel.item.find((item) => item.link === `${SITE}/essays/survey-findings/`)!;
		expect(survey.title).toBe('What the fixture survey found');
		const body = survey['content:encoded'];
		for (const part of ['Before the survey there was little to go on.', 'What holds people back', 'A fixture source'])
			expect(body).toContain(part);
		expect(body).toContain('href="https://lab-essays.example.org/essays/');
	});

	test('are linked from every page head', () => {
		const links = page(siteDist, '/').querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
		expect(links.map((l) => l.getAttribute('href'))).toEqual(['/essays/rss.xml', '/updates/rss.xml']);
	});
});

describe('metadata', () => {
	test('essays are ScholarlyArticles, projects Reports, updates BlogPostings, the FAQ a FAQPage; all name the Organization', () => {
		for (const slug of slugsIn('essays')) {
			expect(jsonLdTypes(siteDist, `essays/${slug}/index.html`)).toEqual([
				'Organization',
				'ScholarlyArticle',
				'BreadcrumbList',
			]);
		}
		for (const slug of slugsIn('projects')) {
			expect(jsonLdTypes(siteDist, `projects/${slug}/index.html`)).toEqual([
				'Organization',
				'Report',
				'BreadcrumbList',
			]);
		}
		for (const slug of slugsIn('updates')) {
			expect(jsonLdTypes(siteDist, `updates/${slug}/index.html`)).toEqual([
				'Organization',
				'BlogPosting',
				'BreadcrumbList',
			]);
		}
		expect(jsonLdTypes(siteDist, 'about/index.html')).toEqual(['Organization', 'FAQPage', 'BreadcrumbList']);
		expect(jsonLdTypes(siteDist, 'index.html')).toEqual(['Organization']);
	});

	const faqOf = (dist: string) => {
		const about = page(dist, '/about/');
		const graph = JSON.parse(about.querySelector('script[type="application/ld+json"]')!.text)['@graph'];
		const faq = graph.find((node: { '@type': string }) => node['@type'] === 'FAQPage') as {
			mainEntity: { name: string; acceptedAnswer: { text: string } }[];
		};
		return { faq, headings: about.querySelectorAll('.prose h2').map((h) => h.text.trim()) };
	};

	test('the FAQPage has one Question per question heading on /about/, with its answer', () => {
		const { faq, headings } = faqOf(siteDist);
		expect(headings.length).toBeGreaterThan(0);
		expect(faq.mainEntity.map((q) => q.name)).toEqual(headings);
		for (const question of faq.mainEntity) expect(question.acceptedAnswer.text.trim(), question.name).not.toBe('');
	});

	test('the FAQPage asks the questions as written and answers each with the text under it (fixture)', () => {
		const { faq } = faqOf(fixtureDist);
		expect(faq.mainEntity.map((q) => q.name)).toEqual([
			'What is it?',
			'Who writes it?',
			'How is it organised?',
			'Why does it exist?',
		]);
		expect(faq.mainEntity[1]!.acceptedAnswer.text).toBe('The fixture lab and one fixture researcher.');
	});

	test.each(htmlFiles(siteDist).filter((f) => f !== '404.html'))(
		'%s has a canonical URL and a preview image',
		(file) => {
			const html = page(siteDist, `/${file}`);
			const path = file.replace(/index\.html$/, '');
			const url = `${SITE}/${path}`;
			const ownImage = /^(essays|updates)\/[a-z][^/]*\/$/.test(path) ? `og/${path.slice(0, -1)}.png` : 'og-default.png';
			expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
			expect(html.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
			expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}/${ownImage}`);
			expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
		},
	);

	test('each essay and update has its own 1200×630 PNG preview image', () => {
		const images = [
			...slugsIn('essays').map((s) => `og/essays/${s}.png`),
			...slugsIn('updates').map((s) => `og/updates/${s}.png`),
		];
		for (const file of images) {
			const png = readFileSync(path.join(siteDist, file));
			expect(png.subarray(1, 4).toString(), file).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
		}
	});

	test('the favicon set and web manifest are built', () => {
		const manifest = JSON.parse(read('site.webmanifest'));
		for (const icon of manifest.icons) expect(() => read(icon.src)).not.toThrow();
		for (const file of ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png', 'og-default.png'])
			expect(() => read(file)).not.toThrow();
	});
});

describe('sitemap, robots and redirects', () => {
	const locs = () => [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	test('the sitemap lists every content page but not the 404 page, the search page or later pages of updates', () => {
		const indexable = htmlFiles(siteDist).filter((file) => read(file).includes('data-pagefind-body'));
		expect(indexable.length).toBeGreaterThan(0);
		for (const file of ['index.html', 'essays/index.html', 'projects/index.html', 'updates/index.html', ...indexable])
			expect(locs(), file).toContain(`${SITE}/${file.replace(/index\.html$/, '')}`);
		expect(locs().filter((url) => /404|\/search\/|\/updates\/\d+\//.test(url!))).toEqual([]);
		expect(page(siteDist, '/404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
	});

	test('robots.txt names the sitemap index by absolute URL', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
		expect(read('sitemap-index.xml')).toContain(`${SITE}/sitemap-0.xml`);
	});

	test('_redirects sends every original /essay/<slug> address to /essays/<slug>/', () => {
		const redirects = read('_redirects');
		for (const slug of slugsIn('essays')) {
			expect(redirects).toContain(`/essay/${slug} /essays/${slug}/ 301`);
			expect(redirects).toContain(`/essay/${slug}/ /essays/${slug}/ 301`);
		}
	});

	test('hosts that ignore _redirects still send every original address on, with a page search engines skip', () => {
		for (const slug of [...slugsIn('essays'), '']) {
			const moved = page(siteDist, slug ? `/essay/${slug}/` : '/essay/');
			const to = slug ? `/essays/${slug}/` : '/essays/';
			expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), slug).toBe(`0; url=${to}`);
			expect(moved.querySelector('main a')?.getAttribute('href'), slug).toBe(to);
			expect(moved.querySelector('meta[name="robots"]')?.getAttribute('content'), slug).toBe('noindex');
		}
		expect(locs().filter((url) => /\/essay\//.test(url!))).toEqual([]);
	});
});
