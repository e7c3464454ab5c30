import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { matchRoute } from '../../src/lib/urls';
import { fixtureDist, siteDist } from '../support/paths';

// The real site, built once by global-setup.ts with the repository's content; its settings' values on the fixture.

describe('routes', () => {
	test.each([
		'index.html',
		'essays/index.html',
		'projects/index.html',
		'updates/index.html',
		'about/index.html',
		'get-involved/index.html',
		'search/index.html',
		'404.html',
	])('builds %s', (file) => expect(htmlFiles(siteDist)).toContain(file));

	test('builds a page for every essay, project and update listed on the index pages', () => {
		const files = htmlFiles(siteDist);
		for (const [listing, prefix] of [
			['/essays/', '/essays/'],
			['/projects/', '/projects/'],
			['/updates/', '/updates/'],
		] as const) {
			const links = page(siteDist, listing)
				.querySelectorAll('main a')
				.map((a) => a.getAttribute('href') ?? '')
				.filter((href) => href.startsWith(prefix) && href !== prefix && !/\/updates\/\d+\/$/.test(href));
			expect(links.length, `links on ${listing}`).toBeGreaterThan(0);
			for (const link of links) expect(files).toContain(`${link.slice(1)}index.html`);
		}
	});
});

describe('every page', () => {
	const siteLang = page(siteDist, '/').querySelector('html')?.getAttribute('lang');

	test('the fixture’s pages are in its locale, en-GB', () => {
		for (const file of htmlFiles(fixtureDist))
			expect(page(fixtureDist, `/${file}`).querySelector('html')?.getAttribute('lang'), file).toBe('en-GB');
	});

	test.each(htmlFiles(siteDist))('%s has the site’s lang, a skip link, one h1 and a main landmark', (file) => {
		const html = page(siteDist, `/${file}`);
		expect(siteLang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
		expect(html.querySelector('html')?.getAttribute('lang')).toBe(siteLang);
		expect(html.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
		expect(html.querySelectorAll('h1')).toHaveLength(1);
		expect(html.querySelectorAll('main#main')).toHaveLength(1);
	});
});

describe('search index', () => {
	const indexable = htmlFiles(siteDist).filter((file) =>
		readFileSync(`${siteDist}/${file}`, 'utf8').includes('data-pagefind-body'),
	);

	test('marks every essay, project, update and standalone page for indexing, and nothing else', () => {
		// An entry's page, by the route table: a route with a collection, or a fixed page of content/pages/.
		const showsAnEntry = (file: string) => {
			const route = matchRoute(`/${file.replace(/index\.html$/, '')}`)?.route;
			return route !== undefined && (route.collection !== undefined || route.page !== undefined);
		};
		const expected = htmlFiles(siteDist).filter(showsAnEntry);
		expect(expected.some((file) => file.startsWith('essays/'))).toBe(true);
		expect(indexable).toEqual(expected);
	});

	test('indexes exactly the pages marked for it', () => {
		const entry = JSON.parse(readFileSync(`${siteDist}/pagefind/pagefind-entry.json`, 'utf8'));
		expect(entry.languages.en.page_count).toBe(indexable.length);
	});

	test('keeps navigation and footers out of the indexed region', () => {
		for (const file of indexable) {
			const body = page(siteDist, `/${file}`).querySelector('[data-pagefind-body]');
			expect(body?.querySelector('nav[aria-label="Main"]'), file).toBeNull();
			expect(body?.querySelector('footer.site-footer'), file).toBeNull();
		}
	});

	test('records the content type, project and year filters on every essay', () => {
		for (const file of indexable.filter((f) => f.startsWith('essays/'))) {
			const filters = page(siteDist, `/${file}`)
				.querySelectorAll('[data-pagefind-filter]')
				.map((el) => `${el.getAttribute('data-pagefind-filter')}:${el.text.trim()}`);
			expect(filters, file).toContain('type:Essay');
			expect(
				filters.some((f) => /^project:\S/.test(f)),
				file,
			).toBe(true);
			expect(
				filters.some((f) => /^year:\d{4}$/.test(f)),
				file,
			).toBe(true);
		}
	});
});
