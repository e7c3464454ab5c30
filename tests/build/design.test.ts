import { describe, expect, test } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { fixtureDist, siteDist } from '../support/paths';

// The design's contract in built HTML: the theme script, essay features, the project page and charts. Invariants run
// on every page of the real site; the exact byline, labels and counts are pinned on the fixture site.
const essaysOf = (dist: string) =>
	htmlFiles(dist)
		.filter((file) => /^essays\/[^/]+\/index\.html$/.test(file))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
const projectsOf = (dist: string) =>
	htmlFiles(dist)
		.filter((file) => /^projects\/[^/]+\/index\.html$/.test(file))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim();
/** An entry's meta list as term => description: { By: 'Ada Fixture and Fixture Lab', Published: 'June 2018', … }. */
const metaOf = (html: ReturnType<typeof page>) =>
	Object.fromEntries(
		html
			.querySelectorAll('.entry-meta > div')
			.map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
	);

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

describe.each(essaysOf(siteDist))('the essay %s', (path) => {
	const html = () => page(siteDist, path);

	test('has a contents list that links every section, and whose every link reaches a heading on the page', () => {
		const links = html()
			.querySelectorAll('nav.toc-sidebar a')
			.map((a) => a.getAttribute('href')!);
		for (const link of links) expect(html().querySelector(link), link).not.toBeNull();
		for (const heading of html().querySelectorAll('.prose .heading > h2'))
			expect(links, `#${heading.id}`).toContain(`#${heading.id}`);
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
		const meta = metaOf(html());
		expect(Object.keys(meta).slice(0, 2)).toEqual(['By', 'Published']);
		expect(meta.By).toMatch(/\S/);
		expect(meta.Published).toMatch(/^\w+ \d{4}$/);
		expect(meta['Reading time']).toMatch(/^\d+ min read$/);
	});

	test('links the essays either side of it when its series has more than one', () => {
		const of = Number(/of (\d+)$/.exec(text(html().querySelector('.series-label')) ?? '')?.[1]);
		expect(html().querySelectorAll('nav.series-nav a').length > 0).toBe(of > 1);
	});
});

describe('an essay on the fixture site', () => {
	const survey = () => page(fixtureDist, '/essays/survey-findings/');

	test('lists its sections, the notes and the citation in its contents', () => {
		const links = survey()
			.querySelectorAll('nav.toc-sidebar a')
			.map((a) => a.getAttribute('href'));
		expect(links).toEqual([
			'#why-a-survey',
			'#how-the-survey-was-run',
			'#what-people-said',
			'#what-holds-people-back',
			'#footnote-label',
			'#cite-this-essay',
		]);
	});

	test('names its authors in byline order, joined as a list', () => {
		expect(metaOf(survey())).toEqual({
			By: 'Ada Fixture and Fixture Lab',
			Published: 'June 2018',
			'Reading time': '3 min read',
		});
		expect(metaOf(page(fixtureDist, '/essays/markdown-features/'))).toMatchObject({
			By: 'Fixture Lab',
			Published: 'May 2018',
		});
	});

	test('cites its authors, year, title and place in the series', () => {
		expect(survey().querySelector('#cite-reference')?.text).toMatch(
			/^Fixture, A\. and Fixture Lab \(2018\) ‘What the fixture survey found’, .+ \(Project one, essay 2 of 3\)\. /,
		);
	});

	test('offers related reading, leaving out the series neighbours it already links', () => {
		const related = survey()
			.querySelectorAll('.related a')
			.map((a) => a.getAttribute('href'));
		expect(related.length).toBeGreaterThan(0);
		expect(related).not.toContain('/essays/markdown-features/');
		expect(related).not.toContain('/essays/lessons-from-the-pilot/');
	});
});

describe.each(projectsOf(siteDist))('the project page %s', (path) => {
	test('draws its phases as a timeline with a table of dated phases, and states its challenge and status', () => {
		const html = page(siteDist, path);
		expect(html.querySelector('.data-figure-timeline svg')).not.toBeNull();
		const phases = html.querySelectorAll('.data-figure-timeline tbody tr');
		expect(phases.length).toBeGreaterThan(0);
		for (const phase of phases) expect(phase.querySelectorAll('time')).toHaveLength(2);
		expect(text(html.querySelector('.challenge-question'))).toBeTruthy();
		expect(text(html.querySelector('.status'))).toBeTruthy();
	});
});

describe('a project page on the fixture site', () => {
	const pilot = () => page(fixtureDist, '/projects/pilot/');
	const hrefs = (selector: string) =>
		pilot()
			.querySelectorAll(`main ${selector}`)
			.map((a) => a.getAttribute('href'));

	test('shows its phases as a drawn timeline with a table of dated phases', () => {
		expect(pilot().querySelector('.data-figure-timeline svg')).not.toBeNull();
		const phases = pilot().querySelectorAll('.data-figure-timeline tbody tr');
		expect(phases).toHaveLength(2);
		for (const phase of phases) expect(phase.querySelectorAll('time')).toHaveLength(2);
	});

	test('states the challenge and the status of a completed and a current project', () => {
		expect(pilot().querySelector('.challenge-question')?.text).toBe('What would make the fixture build?');
		expect(pilot().querySelector('.status')?.text).toBe('Completed');
		expect(page(fixtureDist, '/projects/follow-on/').querySelector('.status')?.text).toBe('Current project');
	});

	test('links its published essays in series order, and its updates', () => {
		expect(hrefs('a[href^="/essays/"]:not([href="/essays/"])')).toEqual([
			'/essays/markdown-features/',
			'/essays/survey-findings/',
			'/essays/lessons-from-the-pilot/',
		]);
		expect(hrefs('a[href^="/updates/"]:not([href="/updates/"])').sort()).toEqual([
			'/updates/first-update/',
			'/updates/mdx-components/',
			'/updates/workshop-day/',
		]);
	});
});

describe('bar charts', () => {
	const charts = (dist: string) =>
		htmlFiles(dist).flatMap((file) =>
			page(dist, `/${file}`)
				.querySelectorAll('figure.bar-chart')
				.map((chart) => [file, chart] as const),
		);

	test('draw the fixture dataset at build time, with the same figures in a table', () => {
		const [chart] = page(fixtureDist, '/updates/mdx-components/').querySelectorAll('figure.bar-chart');
		expect(chart!.querySelectorAll('rect.bar-chart-bar').map((bar) => bar.getAttribute('width'))).toEqual([
			'80%',
			'40%',
		]);
		const rows = chart!
			.querySelectorAll('tbody tr')
			.map((row) => row.querySelectorAll('th, td').map((cell) => text(cell)));
		expect(rows).toEqual([
			['Clinical', '50%'],
			['Managerial', '25%'],
		]);
	});

	test.each(charts(siteDist))(
		'on %s, one bar per table row, the drawing hidden from screen readers',
		(_file, chart) => {
			const bars = chart.querySelectorAll('rect.bar-chart-bar');
			expect(bars.length).toBe(chart.querySelectorAll('tbody tr').length);
			expect(bars.length).toBeGreaterThan(0);
			expect(chart.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
		},
	);
});
