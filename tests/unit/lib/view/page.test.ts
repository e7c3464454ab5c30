import { describe, expect, test } from 'vitest';
import { standalonePage } from '../../../../src/lib/view/page';
import { makePage, site } from './entries';

const faqBody = '## What is it?\n\nA lab.\n\n## Who runs it?\n\nA team.\n';

describe('standalonePage', () => {
	test('publishes the about page’s questions as a FAQPage', () => {
		const nodes = JSON.parse(standalonePage(makePage('about', {}, faqBody), { site }).head.jsonLd)['@graph'];
		expect(nodes[1]).toMatchObject({
			'@type': 'FAQPage',
			mainEntity: [{ name: 'What is it?' }, { name: 'Who runs it?' }],
		});
	});

	test('other pages carry no FAQ', () => {
		const nodes = JSON.parse(standalonePage(makePage('get-involved', {}, faqBody), { site }).head.jsonLd)['@graph'];
		expect(nodes.map((n: { '@type': string }) => n['@type'])).toEqual(['Organization', 'BreadcrumbList']);
	});

	test('takes its address from the route table', () => {
		expect(standalonePage(makePage('about'), { site }).head.canonical).toBe('https://example.org/sub/about/');
		expect(standalonePage(makePage('accessibility'), { site }).head.canonical).toBe(
			'https://example.org/sub/accessibility/',
		);
	});

	test('is recorded for search as a page', () => {
		expect(standalonePage(makePage('x'), { site }).searchRecord).toEqual({ type: 'Page' });
	});
});
