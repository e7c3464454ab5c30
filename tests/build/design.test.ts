import { describe, expect, test } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { siteDist } from '../support/paths';

// The design's contract in the built HTML of the real site: the theme script, essay features, project timeline.
const essays = htmlFiles(siteDist)
	.filter((file) => /^essays\/[^/]+\/index\.html$/.test(file))
	.map((file) => `/${file.replace(/index\.html$/, '')}`);

describe('the theme script', () => {
	test.each(htmlFiles(siteDist))('%s runs it first in <head>, inline and blocking, before any stylesheet', (file) => {
		const head = page(siteDist, `/${file}`).querySelector('head')!;
		const first = head.querySelectorAll('script, link[rel="stylesheet"], style')[0];
		expect(first?.tagName).toBe('SCRIPT');
		expect(first?.hasAttribute('data-page-script')).toBe(true);
		for (const attribute of ['src', 'async', 'defer', 'type']) expect(first?.hasAttribute(attribute)).toBe(false);
		expect(head.querySelectorAll('script[data-page-script]')).toHaveLength(1);
	});
});

describe.each(essays)('the essay %s', (path) => {
	const html = () => page(siteDist, path);

	test('has a contents list whose every link reaches a heading on the page', () => {
		const links = html()
			.querySelectorAll('nav.toc-sidebar a')
			.map((a) => a.getAttribute('href')!);
		expect(links.length).toBeGreaterThan(3);
		for (const link of links) expect(html().querySelector(link), link).not.toBeNull();
		const compact = html()
			.querySelectorAll('details.toc a')
			.map((a) => a.getAttribute('href'));
		expect(compact).toEqual(links);
	});

	test('gives every section heading an anchor link named for screen readers', () => {
		for (const heading of html().querySelectorAll('.prose .heading > h2, .prose .heading > h3')) {
			const anchor = heading.nextElementSibling;
			expect(anchor?.getAttribute('href')).toBe(`#${heading.id}`);
			expect(anchor?.querySelector('.sr-only')?.text).toBe(`Section titled “${heading.text}”`);
		}
	});

	test('offers a reference and a BibTeX entry with the essay’s own address', () => {
		const reference = html().querySelector('#cite-reference')?.text ?? '';
		expect(reference).toContain(`Available at: https://lab-essays.example.org${path}`);
		expect(html().querySelector('#cite-bibtex')?.text).toMatch(/^@online\{[a-z]+\d{4}[a-z]+,\n {2}author/);
		expect(html().querySelectorAll('button[data-copy]')).toHaveLength(2);
	});

	test('shows the authors, the date and a reading time', () => {
		const meta = html().querySelector('.entry-meta')!.text;
		expect(meta).toMatch(/By\s*The Q Lab team/);
		expect(meta).toMatch(/Published\s*\w+ \d{4}/);
		expect(meta).toMatch(/Reading time\s*\d+ min read/);
	});

	test('links the essays either side of it in its series, and related reading', () => {
		const series = html().querySelectorAll('nav.series-nav a');
		expect(series.length).toBeGreaterThanOrEqual(1);
		expect(html().querySelectorAll('.related li').length).toBeGreaterThan(0);
	});
});

describe('a project page', () => {
	const html = () => page(siteDist, '/projects/peer-support/');

	test('shows its phases as a drawn timeline with a table of dated phases', () => {
		expect(html().querySelector('.data-figure-timeline svg')).not.toBeNull();
		const phases = html().querySelectorAll('.data-figure-timeline tbody tr');
		expect(phases.length).toBeGreaterThan(1);
		for (const phase of phases) expect(phase.querySelectorAll('time')).toHaveLength(2);
	});

	test('states the challenge and the status, and links its essays and updates', () => {
		expect(html().querySelector('.challenge-question')?.text).toMatch(/\?$/);
		expect(html().querySelector('.status')?.text).toBe('Completed');
		expect(html().querySelectorAll('a[href^="/essays/"]').length).toBeGreaterThanOrEqual(6);
		expect(html().querySelectorAll('a[href^="/updates/"]').length).toBeGreaterThan(0);
	});
});

describe('bar charts', () => {
	test('draw the participant mix at build time, with the same figures in a table', () => {
		const chart = page(siteDist, '/essays/what-is-the-q-improvement-lab/').querySelector('figure.bar-chart')!;
		const bars = chart.querySelectorAll('rect.bar-chart-bar');
		const rows = chart.querySelectorAll('tbody tr');
		expect(bars.length).toBe(rows.length);
		expect(bars.length).toBeGreaterThan(1);
		expect(chart.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
	});
});
