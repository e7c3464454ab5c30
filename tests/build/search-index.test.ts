import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind';
import { PAGE_MODULE } from '../../src/lib/page-modules';
import { htmlFiles, page } from '../support/dist';
import { indexedPages } from '../support/pagefind-index';
import { fixtureDist, siteDist } from '../support/paths';

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

	test('records type, project, year and date for every essay', () => {
		for (const record of records.filter((r) => r.url.startsWith('/essays/'))) {
			expect(record.filters.type, record.url).toEqual(['Essay']);
			expect(record.filters.project?.length, record.url).toBe(1);
			expect(record.filters.year?.[0], record.url).toMatch(/^\d{4}$/);
			expect(record.meta.date, record.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	test('records a content type for every page, from the four the filters offer', () => {
		const types = new Set(records.flatMap((r) => r.filters.type ?? []));
		expect(['Essay', 'Page', 'Project', 'Update']).toEqual(expect.arrayContaining([...types]));
		for (const record of records) expect(record.filters.type, record.url).toHaveLength(1);
	});

	test('records an essay’s project, year, tags and date as its frontmatter gives them (fixture)', () => {
		const fixture = indexedPages(fixtureDist);
		expect(new Set(fixture.flatMap((r) => r.filters.type ?? []))).toEqual(
			new Set(['Essay', 'Page', 'Project', 'Update']),
		);
		const survey = fixture.find((r) => r.url === '/essays/survey-findings/')!;
		expect(survey.filters).toMatchObject({
			type: ['Essay'],
			project: ['Pilot'],
			year: ['2018'],
			tag: expect.arrayContaining(['peer support', 'survey']),
		});
		expect(survey.meta.date).toBe('2018-06-01');
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
	const parkedOf = (file: string) =>
		page(siteDist, `/${file}`)
			.querySelectorAll('template#page-modules > script')
			.map((s) => s.getAttribute('src') ?? '');

	test('no page but the search page loads a script file on load', () => {
		for (const file of htmlFiles(siteDist)) {
			const files = scriptsOf(file).filter((s) => s.hasAttribute('src'));
			expect(files.length, file).toBe(file === 'search/index.html' ? 1 : 0);
			expect(page(siteDist, `/${file}`).querySelectorAll('link[rel="modulepreload"]'), file).toHaveLength(0);
		}
	});

	test('every page parks the dialog, highlighter, actions and notes modules, in the order the page script numbers them', () => {
		for (const file of htmlFiles(siteDist)) {
			const parked = parkedOf(file);
			expect(parked, file).toHaveLength(4);
			expect(parked[PAGE_MODULE.search], file).toMatch(/\/_astro\/DialogModule\.[^/]+\.js$/);
			expect(parked[PAGE_MODULE.highlight], file).toMatch(/\/_astro\/HighlightModule\.[^/]+\.js$/);
			expect(parked[PAGE_MODULE.actions], file).toMatch(/\/_astro\/ActionsModule\.[^/]+\.js$/);
			expect(parked[PAGE_MODULE.notes], file).toMatch(/\/_astro\/NotesModule\.[^/]+\.js$/);
			for (const src of parked) expect(statSync(path.join(astroDir, path.basename(src))).isFile()).toBe(true);
		}
	});

	test('ships none of the Pagefind interfaces our search does not use, but all it does', () => {
		const files = readdirSync(path.join(siteDist, 'pagefind'));
		for (const unused of UNUSED_PAGEFIND_FILES) expect(files).not.toContain(unused);
		expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind']));
	});

	test('the header trigger asks for the search module', () => {
		for (const file of htmlFiles(siteDist)) {
			const trigger = page(siteDist, `/${file}`).querySelector('header a[data-search-trigger]');
			expect(trigger?.getAttribute('data-use'), file).toBe(String(PAGE_MODULE.search));
		}
	});

	test('the header trigger is a plain link to the search page', () => {
		for (const file of htmlFiles(siteDist)) {
			const trigger = page(siteDist, `/${file}`).querySelector('header a[data-search-trigger]');
			expect(trigger?.getAttribute('href'), file).toBe('/search/');
		}
	});
});
