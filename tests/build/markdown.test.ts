import { describe, expect, test } from 'vitest';
import { page } from '../support/dist';
import { fixtureDist } from '../support/paths';

// The fixture site, built once per run by global-setup.ts.
const essay = () => page(fixtureDist, '/essays/markdown-features/');

describe('Markdown pipeline in a built essay', () => {
	test('gives headings stable github-style ids', () => {
		const ids = essay()
			.querySelectorAll('.prose h2, .prose h3')
			.map((h) => h.id);
		expect(ids).toEqual(['what-is-a-lab', 'peer-support-the-evidence-gap', 'what-is-a-lab-1', 'footnote-label']);
	});

	test('renders the GFM table once, with header cells', () => {
		const tables = essay().querySelectorAll('.prose table');
		expect(tables).toHaveLength(1);
		expect(tables[0]!.querySelectorAll('th').map((th) => th.text)).toEqual(['Phase', 'Dates']);
	});

	test('renders footnotes with a reference and a back-link that point at each other', () => {
		const html = essay();
		const ref = html.querySelector('sup a[data-footnote-ref]');
		const backref = html.querySelector('a[data-footnote-backref]');
		expect(ref?.getAttribute('href')).toBe('#user-content-fn-source');
		expect(html.querySelector('#user-content-fn-source')).not.toBeNull();
		expect(backref?.getAttribute('href')).toBe('#user-content-fnref-source');
		expect(html.querySelector('#user-content-fnref-source')).not.toBeNull();
	});

	test('renders MDX components without imports', () => {
		expect(essay().querySelector('.prose aside.callout-uncertain strong')?.text).toBe('figure');
	});
});
