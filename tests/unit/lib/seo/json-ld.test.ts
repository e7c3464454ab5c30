import { describe, expect, test } from 'vitest';
import { article, breadcrumbList, faqPage, jsonLdDocument, organization } from '../../../../src/lib/seo/json-ld';

const published = new Date('2018-08-01T00:00:00Z');

describe('article', () => {
	test('describes an essay with dates, authors by kind and the publisher by id', () => {
		const node = article({
			type: 'Article',
			headline: 'Impact that counts',
			description: 'The Lab’s model of impact.',
			url: 'https://x.org/essays/impact/',
			image: 'https://x.org/og-default.png',
			published,
			authors: [
				{ name: 'Q Lab team', type: 'organisation' },
				{ name: 'Tracy', type: 'person' },
			],
			publisherId: 'https://x.org/#organization',
		});
		expect(node).toMatchObject({
			'@type': 'Article',
			datePublished: '2018-08-01T00:00:00.000Z',
			dateModified: '2018-08-01T00:00:00.000Z',
			author: [
				{ '@type': 'Organization', name: 'Q Lab team' },
				{ '@type': 'Person', name: 'Tracy' },
			],
			publisher: { '@id': 'https://x.org/#organization' },
		});
	});

	test('uses the updated date as dateModified for BlogPosting too', () => {
		const node = article({
			type: 'BlogPosting',
			headline: 'h',
			description: 'd',
			url: 'u',
			image: 'i',
			published,
			updated: new Date('2019-01-02T00:00:00Z'),
			authors: [],
			publisherId: 'p',
		});
		expect(node['@type']).toBe('BlogPosting');
		expect(node.dateModified).toBe('2019-01-02T00:00:00.000Z');
	});
});

describe('breadcrumbList', () => {
	test('numbers the items from 1', () => {
		expect(
			breadcrumbList([
				{ name: 'Home', url: 'https://x.org/' },
				{ name: 'Essays', url: 'https://x.org/essays/' },
			]),
		).toEqual({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/' },
				{ '@type': 'ListItem', position: 2, name: 'Essays', item: 'https://x.org/essays/' },
			],
		});
	});
});

describe('faqPage', () => {
	test('turns each entry into a Question with an accepted Answer', () => {
		expect(faqPage([{ question: 'What is a lab?', answer: 'A way of working.' }]).mainEntity).toEqual([
			{ '@type': 'Question', name: 'What is a lab?', acceptedAnswer: { '@type': 'Answer', text: 'A way of working.' } },
		]);
	});
});

describe('jsonLdDocument', () => {
	test('wraps the nodes in one schema.org graph', () => {
		const doc = JSON.parse(
			jsonLdDocument([organization({ name: 'Q', url: 'https://x.org/', logo: 'https://x.org/l.png' })]),
		);
		expect(doc['@context']).toBe('https://schema.org');
		expect(doc['@graph'][0]).toMatchObject({ '@type': 'Organization', '@id': 'https://x.org/#organization' });
	});

	test('escapes < so text can never close the script element', () => {
		const text = jsonLdDocument([faqPage([{ question: '</script><script>alert(1)</script>', answer: 'a' }])]);
		expect(text).not.toContain('</script>');
		expect(JSON.parse(text)['@graph'][0].mainEntity[0].name).toBe('</script><script>alert(1)</script>');
	});
});
