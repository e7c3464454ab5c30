import { describe, expect, test } from 'vitest';
import { absoluteLinks } from '../../../../src/lib/feeds/absolute-links';
import { feedItem, newestFirst } from '../../../../src/lib/feeds/items';

describe('absoluteLinks', () => {
	const page = 'https://x.org/lab/essays/a/';
	test.each([
		['<a href="/lab/about/">FAQ</a>', '<a href="https://x.org/lab/about/">FAQ</a>'],
		['<a href="#user-content-fn-1">1</a>', '<a href="https://x.org/lab/essays/a/#user-content-fn-1">1</a>'],
		['<img src="/lab/c.png" alt="C">', '<img src="https://x.org/lab/c.png" alt="C">'],
		['<a href="https://other.org/">o</a>', '<a href="https://other.org/">o</a>'],
		['<a href="mailto:a@b.org">m</a>', '<a href="mailto:a@b.org">m</a>'],
		[
			'<img src="/lab/_astro/c.webp" srcset="/lab/_astro/c.webp 640w, /lab/_astro/d.webp 720w">',
			'<img src="https://x.org/lab/_astro/c.webp" srcset="https://x.org/lab/_astro/c.webp 640w, https://x.org/lab/_astro/d.webp 720w">',
		],
		[
			'<img srcset="https://cdn.org/a.png 1x, b.png 2x">',
			'<img srcset="https://cdn.org/a.png 1x, https://x.org/lab/essays/a/b.png 2x">',
		],
	])('%s => %s', (html, expected) => expect(absoluteLinks(html, page)).toBe(expected));
});

describe('feedItem', () => {
	test('carries the full content, the summary and each author as dc:creator', () => {
		const item = feedItem({
			title: 'T',
			summary: 'S',
			published: new Date('2018-01-01T00:00:00Z'),
			url: 'https://x.org/essays/t/',
			authors: ['Ann & Bo'],
			html: '<p>Body</p>',
		});
		expect(item).toMatchObject({
			title: 'T',
			description: 'S',
			link: 'https://x.org/essays/t/',
			content: '<p>Body</p>',
		});
		expect(item.customData).toBe('<dc:creator>Ann &amp; Bo</dc:creator>');
	});
});

describe('newestFirst', () => {
	test('sorts by published date, newest first', () => {
		const a = { published: new Date('2018-01-01') };
		const b = { published: new Date('2019-01-01') };
		expect(newestFirst([a, b])).toEqual([b, a]);
	});
});
