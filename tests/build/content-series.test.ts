import { describe, expect, test } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { fixtureDist, siteDist } from '../support/paths';

// Essay series: the label, order and navigation pinned on the fixture site; on the real site, the same rules hold
// for every essay without naming any.

const label = (dist: string, url: string) =>
	page(dist, url).querySelector('.series-label')?.text.replace(/\s+/g, ' ').trim();
const neighbours = (dist: string, url: string) => {
	const html = page(dist, url);
	return {
		prev: html.querySelector('.series-nav a[rel="prev"]')?.getAttribute('href'),
		next: html.querySelector('.series-nav a[rel="next"]')?.getAttribute('href'),
	};
};

describe('a series on the fixture site', () => {
	const pilot = ['/essays/markdown-features/', '/essays/survey-findings/', '/essays/lessons-from-the-pilot/'];

	test.each(pilot.map((url, i) => [url, i + 1] as const))('%s is labelled essay %i of 3', (url, n) => {
		expect(label(fixtureDist, url)).toBe(`Project one · Essay ${n} of 3`);
	});

	test('links each essay to the next and the previous one in order', () => {
		pilot.forEach((url, i) => {
			expect(neighbours(fixtureDist, url), url).toEqual({ prev: pilot[i - 1], next: pilot[i + 1] });
		});
	});

	test('a project of one essay labels it 1 of 1, with no series navigation', () => {
		expect(label(fixtureDist, '/essays/the-only-essay/')).toBe('Project two · Essay 1 of 1');
		expect(page(fixtureDist, '/essays/the-only-essay/').querySelector('.series-nav')).toBeNull();
	});

	test('an essay body keeps its h2 sections and footnotes, and the title is its only h1', () => {
		const prose = page(fixtureDist, '/essays/survey-findings/').querySelector('.prose')!;
		const sections = prose
			.querySelectorAll('h2')
			.filter((h) => !h.closest('section.footnotes'))
			.map((h) => h.text.trim());
		expect(sections).toEqual(['Why a survey', 'How the survey was run', 'What people said', 'What holds people back']);
		expect(prose.querySelectorAll('h1')).toHaveLength(0);
		expect(prose.querySelectorAll('section.footnotes li')).toHaveLength(1);
	});
});

describe('every essay of the real site', () => {
	const essays = htmlFiles(siteDist)
		.filter((file) => /^essays\/[^/]+\/index\.html$/.test(file))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
	const SERIES_LABEL = /^(.+) · Essay (\d+) of (\d+)$/;
	const positions = essays.map((url) => {
		const [, project = '', n = '0', of = '0'] = SERIES_LABEL.exec(label(siteDist, url) ?? '') ?? [];
		return { url, project, n: Number(n), of: Number(of) };
	});

	test('are there to check', () => expect(essays.length).toBeGreaterThan(0));

	test.each(positions)('$url has a series label “<project> · Essay n of m”', ({ project, n, of }) => {
		expect(project).not.toBe('');
		expect(n).toBeGreaterThanOrEqual(1);
		expect(n).toBeLessThanOrEqual(of);
	});

	test('number each project’s essays 1 to m, and link each to the one before and after', () => {
		const byProject = Map.groupBy(positions, (p) => p.project);
		for (const [project, series] of byProject) {
			const ordered = series.toSorted((a, b) => a.n - b.n);
			expect(
				ordered.map((p) => [p.n, p.of]),
				project,
			).toEqual(ordered.map((_, i) => [i + 1, ordered.length]));
			ordered.forEach((p, i) => {
				expect(neighbours(siteDist, p.url), p.url).toEqual({ prev: ordered[i - 1]?.url, next: ordered[i + 1]?.url });
			});
		}
	});

	test.each(essays)('%s has a body whose only h1 is the title', (url) => {
		const html = page(siteDist, url);
		expect(html.querySelector('.prose'), url).not.toBeNull();
		expect(html.querySelectorAll('.prose h1')).toHaveLength(0);
		expect(html.querySelectorAll('h1')).toHaveLength(1);
	});
});
