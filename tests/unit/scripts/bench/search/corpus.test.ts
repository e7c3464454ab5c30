import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { searchCorpusPage } from '../../../../../scripts/bench/search/corpus';

describe('searchCorpusPage', () => {
	test('is the same page for the same index and seed, and differs between pages', () => {
		expect(searchCorpusPage(7)).toEqual(searchCorpusPage(7));
		expect(searchCorpusPage(7).content).not.toBe(searchCorpusPage(8).content);
	});

	test('carries the markup the layouts give Pagefind', () => {
		const html = parse(searchCorpusPage(3).content);
		const body = html.querySelector('[data-pagefind-body]')!;
		expect(body.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
		expect(body.querySelector('.summary')?.getAttribute('data-pagefind-weight')).toBe('3');
		const filters = body
			.querySelectorAll('[data-pagefind-filter]')
			.map((el) => el.getAttribute('data-pagefind-filter'));
		expect(filters).toEqual(expect.arrayContaining(['type', 'year', 'tag']));
		expect(body.querySelector('[data-pagefind-sort="date"]')?.text).toMatch(/^\d{4}-\d{2}-01$/);
		expect(body.querySelectorAll('h2[id]')).toHaveLength(6);
		expect(html.querySelector('header')?.getAttribute('data-pagefind-ignore')).toBe('all');
	});

	test('gives every page its own address', () => {
		const urls = new Set(Array.from({ length: 50 }, (_, i) => searchCorpusPage(i + 1).url));
		expect(urls.size).toBe(50);
	});
});
