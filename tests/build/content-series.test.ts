import { describe, expect, test } from 'vitest';
import { page } from '../support/dist';
import { siteDist } from '../support/paths';

// The real site's content: the six Project one essays, in order, at the original site's addresses.
const series = [
	'what-is-the-q-improvement-lab',
	'learning-and-insights-on-peer-support',
	'how-do-people-make-decisions-in-peer-support',
	'impact-that-counts',
	'learning-from-the-labs-approach-to-evaluation',
	'how-the-lab-works',
];

const essay = (slug: string) => page(siteDist, `/essays/${slug}/`);

describe('the Project one essay series', () => {
	test.each(series.map((slug, i) => [slug, i + 1] as const))('%s is labelled essay %i of 6', (slug, n) => {
		const label = essay(slug).querySelector('.series-label')?.text.replace(/\s+/g, ' ').trim();
		expect(label).toBe(`Project one · Essay ${n} of 6`);
	});

	test('links each essay to the next and the previous one in order', () => {
		series.forEach((slug, i) => {
			const html = essay(slug);
			const prev = html.querySelector('.series-nav a[rel="prev"]')?.getAttribute('href');
			const next = html.querySelector('.series-nav a[rel="next"]')?.getAttribute('href');
			expect(prev, slug).toBe(i > 0 ? `/essays/${series[i - 1]}/` : undefined);
			expect(next, slug).toBe(i < series.length - 1 ? `/essays/${series[i + 1]}/` : undefined);
		});
	});

	test.each(series)('%s has a full body with h2 sections and footnoted sources', (slug) => {
		const prose = essay(slug).querySelector('.prose');
		expect(prose, slug).not.toBeNull();
		const footnotes = prose!.querySelector('section.footnotes');
		const bodyText = prose!.text.replace(footnotes?.text ?? '', '');
		expect(bodyText.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(950);
		expect(prose!.querySelectorAll('h2').length).toBeGreaterThanOrEqual(3);
		expect(prose!.querySelectorAll('h1')).toHaveLength(0);
		expect(footnotes?.querySelectorAll('li').length ?? 0).toBeGreaterThan(0);
	});
});

describe('the FAQ page', () => {
	test('asks a question in every section heading', () => {
		const headings = page(siteDist, '/about/')
			.querySelectorAll('.prose h2')
			.filter((h) => !h.closest('section.footnotes'))
			.map((h) => h.text.trim());
		expect(headings.length).toBeGreaterThanOrEqual(10);
		for (const heading of headings) expect(heading).toMatch(/\?$/);
	});
});
