import { describe, expect, test } from 'vitest';
import { pageHead, publisherNode } from '../../../../src/lib/view/head';
import { metaByName, site } from './entries';

const graph = (jsonLd: string) => JSON.parse(jsonLd)['@graph'] as { '@type': string; [key: string]: unknown }[];

describe('pageHead', () => {
	test('appends the site title, except on a page titled like the site', () => {
		expect(pageHead({ title: 'Essays', path: '/essays/' }, site).title).toBe('Essays · Test Essays');
		expect(pageHead({ title: 'Test Essays', path: '/' }, site).title).toBe('Test Essays');
	});

	test('falls back to the site description', () => {
		expect(pageHead({ title: 'Essays', path: '/essays/' }, site).description).toBe('A test site.');
		expect(pageHead({ title: 'E', description: 'Own.', path: '/essays/' }, site).description).toBe('Own.');
	});

	test('gives the canonical URL under the base, and noindex as the route table says', () => {
		const essays = pageHead({ title: 'Essays', path: '/essays/' }, site);
		expect(essays.canonical).toBe('https://example.org/sub/essays/');
		expect(essays.noindex).toBe(false);
		expect(pageHead({ title: 'Updates, page 2', path: '/updates/2/' }, site).noindex).toBe(true);
		expect(pageHead({ title: 'Search', path: '/search/' }, site).noindex).toBe(true);
	});

	test('the 404 page has no canonical URL and shares the home page', () => {
		const head = pageHead({ title: 'Page not found', path: '/404/' }, site);
		expect(head.canonical).toBeUndefined();
		expect(head.noindex).toBe(true);
		expect(metaByName(head.meta).get('og:url')).toEqual(['https://example.org/sub/']);
	});

	test('shares the default image on ordinary pages and its own image on an article', () => {
		const plain = metaByName(pageHead({ title: 'Essays', path: '/essays/' }, site).meta);
		expect(plain.get('og:image')).toEqual(['https://example.org/sub/share.png']);
		expect(plain.get('og:image:alt')).toEqual(['Test Essays share image']);
		expect(plain.get('og:type')).toEqual(['website']);
		const published = new Date('2020-01-01T00:00:00Z');
		const article = metaByName(
			pageHead({ title: 'E', path: '/essays/e/', article: { published, image: '/og/essays/e.png' } }, site).meta,
		);
		expect(article.get('og:image')).toEqual(['https://example.org/sub/og/essays/e.png']);
		expect(article.get('og:image:alt')).toEqual(['E, from Test Essays']);
		expect(article.get('og:type')).toEqual(['article']);
		expect(article.get('article:published_time')).toEqual(['2020-01-01T00:00:00.000Z']);
	});

	test('adds the extra meta tags after the social ones', () => {
		const head = pageHead({ title: 'E', path: '/essays/e/', meta: [{ name: 'citation_title', content: 'E' }] }, site);
		expect(head.meta.at(-1)).toEqual({ name: 'citation_title', content: 'E' });
	});

	test('puts the publisher first, then the page’s own nodes, then the breadcrumb trail', () => {
		const head = pageHead(
			{
				title: 'E',
				path: '/essays/e/',
				parent: { name: 'Essays', path: '/essays/' },
				nodes: [{ '@type': 'ScholarlyArticle' }],
			},
			site,
		);
		const nodes = graph(head.jsonLd);
		expect(nodes.map((n) => n['@type'])).toEqual(['Organization', 'ScholarlyArticle', 'BreadcrumbList']);
		expect(nodes[2]).toMatchObject({
			itemListElement: [
				{ position: 1, name: 'Home', item: 'https://example.org/sub/' },
				{ position: 2, name: 'Essays', item: 'https://example.org/sub/essays/' },
				{ position: 3, name: 'E', item: 'https://example.org/sub/essays/e/' },
			],
		});
	});

	test('the home page has no breadcrumb trail', () => {
		expect(graph(pageHead({ title: 'Test Essays', path: '/' }, site).jsonLd).map((n) => n['@type'])).toEqual([
			'Organization',
		]);
	});

	test('names both feeds, under the base', () => {
		expect(pageHead({ title: 'E', path: '/essays/' }, site).feeds).toEqual([
			{ title: 'Test Essays: essays', href: '/sub/essays/rss.xml' },
			{ title: 'Test Essays: updates', href: '/sub/updates/rss.xml' },
		]);
	});
});

describe('publisherNode', () => {
	test('is the organisation from the settings, with an @id other nodes point at', () => {
		expect(publisherNode(site)).toEqual({
			'@type': 'Organization',
			'@id': 'https://example.org/sub/#organization',
			name: 'Test Org',
			url: 'https://example.org/sub/',
			logo: 'https://example.org/sub/icon-512.png',
		});
	});
});
