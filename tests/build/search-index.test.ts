import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { indexedPages } from '../support/pagefind-index';
import { siteDist } from '../support/paths';

// What the search index of the real site holds, and what search costs a page that does not use it.

const indexable = htmlFiles(siteDist).filter((file) =>
	readFileSync(`${siteDist}/${file}`, 'utf8').includes('data-pagefind-body'),
);
const records = indexedPages(siteDist);
const recordOf = (file: string) => records.find((r) => `${r.url.slice(1)}index.html` === file);

describe('what is indexed', () => {
	test('has one record per indexable page', () => {
		expect(records.map((r) => `${r.url.slice(1)}index.html`)).toEqual([...indexable].sort());
	});

	// Regions that repeat across pages or only point elsewhere: indexing them would make every page match
	// every title it links to. Layouts mark them data-pagefind-ignore; this catches a new one that is not.
	const NOT_CONTENT = [
		'nav',
		'footer',
		'[class*="toc"]',
		'[id*="toc"]',
		'[class*="table-of-contents"]',
		'[class*="cite"]',
		'[class*="citation"]',
		'[id*="cite"]',
		'[class*="related"]',
		'[id*="related"]',
		'[aria-label*="contents" i]',
		'[aria-label*="related" i]',
		'[aria-label*="cite" i]',
		'.series-nav',
		'.entry-meta',
	].join(', ');

	test.each(indexable)('%s: navigation, TOC, citation and related blocks sit outside the index', (file) => {
		const body = page(siteDist, `/${file}`).querySelector('[data-pagefind-body]')!;
		for (const element of body.querySelectorAll(NOT_CONTENT)) {
			const ignored = element.closest('[data-pagefind-ignore]');
			expect(
				ignored,
				`${file}: <${element.tagName.toLowerCase()} class="${element.classNames}"> is indexed`,
			).not.toBeNull();
		}
	});

	test.each(indexable)('%s: the index holds none of the text of ignored regions or hidden search tags', (file) => {
		const html = page(siteDist, `/${file}`);
		const record = recordOf(file)!;
		const ignoredTexts = html
			.querySelectorAll('[data-pagefind-ignore], header.site-header, footer.site-footer')
			.map((el) => el.textContent.replace(/\s+/g, ' ').trim())
			// Short texts (a year, a project name) also appear in the body for good reasons.
			.filter((text) => text.length > 40);
		for (const text of ignoredTexts) expect(record.content, file).not.toContain(text);
		expect(record.content).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	test('records type, project, year, tags and date for every essay', () => {
		for (const record of records.filter((r) => r.url.startsWith('/essays/'))) {
			expect(record.filters.type, record.url).toEqual(['Essay']);
			expect(record.filters.project?.length, record.url).toBe(1);
			expect(record.filters.year?.[0], record.url).toMatch(/^\d{4}$/);
			expect(record.filters.tag?.length, record.url).toBeGreaterThan(0);
			expect(record.meta.date, record.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	test('records a content type for every page, from the four the filters offer', () => {
		const types = new Set(records.flatMap((r) => r.filters.type ?? []));
		expect([...types].sort()).toEqual(['Essay', 'Page', 'Project', 'Update']);
		for (const record of records) expect(record.filters.type, record.url).toHaveLength(1);
	});
});

describe('relevance weights', () => {
	test.each(indexable)(
		'%s: the title, subtitle or challenge and summary carry their weights inside the indexed region',
		(file) => {
			const body = page(siteDist, `/${file}`).querySelector('[data-pagefind-body]')!;
			expect(body.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
			expect(body.querySelector('.summary')?.getAttribute('data-pagefind-weight')).toBe('3');
			if (file.startsWith('essays/'))
				expect(body.querySelector('.subtitle')?.getAttribute('data-pagefind-weight')).toBe('5');
		},
	);
});

describe('search costs nothing until used', () => {
	const astroDir = path.join(siteDist, '_astro');
	const scriptsOf = (file: string) =>
		page(siteDist, `/${file}`)
			.querySelectorAll('script')
			.filter((s) => !s.closest('template'));

	test('every page loads only the trigger module of search, as a file (no inline script)', () => {
		for (const file of htmlFiles(siteDist)) {
			const modules = scriptsOf(file).filter((s) => s.getAttribute('type') === 'module');
			for (const script of modules) expect(script.getAttribute('src'), `${file}: inline module script`).toBeTruthy();
			const search = modules.filter((s) => /Search|search|Dialog|Highlight/.test(s.getAttribute('src') ?? ''));
			const expected = file === 'search/index.html' ? 2 : 1;
			expect(search, file).toHaveLength(expected);
		}
	});

	test('the trigger module is under 1.5 KB and imports nothing', () => {
		const src = scriptsOf('index.html')
			.find((s) => /SearchTrigger/.test(s.getAttribute('src') ?? ''))!
			.getAttribute('src')!;
		const code = readFileSync(path.join(astroDir, path.basename(src)), 'utf8');
		expect(statSync(path.join(astroDir, path.basename(src))).size).toBeLessThan(1536);
		expect(gzipSync(code).length).toBeLessThan(768);
		expect(code).not.toMatch(/\bimport\b/);
	});

	test('the header trigger is a plain link to the search page', () => {
		for (const file of htmlFiles(siteDist)) {
			const trigger = page(siteDist, `/${file}`).querySelector('header a[data-search-trigger]');
			expect(trigger?.getAttribute('href'), file).toBe('/search/');
		}
	});
});
