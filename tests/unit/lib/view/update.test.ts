import { describe, expect, test } from 'vitest';
import { updatePage } from '../../../../src/lib/view/update';
import { makeAuthors, makeProject, makeUpdate, site } from './entries';

const news = makeUpdate('news', { project: 'alpha', tags: ['care'], author: 'ann' }, 'Some words here.');
const input = {
	site,
	projects: [makeProject('alpha')],
	updates: [news, makeUpdate('related', { tags: ['care'], published: '2020-03-01' }), makeUpdate('unrelated')],
	authors: makeAuthors({ ann: { name: 'Ann Archer', role: 'Lead' } }),
};

describe('updatePage', () => {
	const view = updatePage(news, input);

	test('links the project it is about', () => {
		expect(view.project).toEqual({ title: 'Project alpha', url: '/sub/projects/alpha/' });
		expect(updatePage(makeUpdate('loose'), input).project).toBeUndefined();
	});

	test('names its author and reading time', () => {
		expect(view.byline).toEqual({ authors: ['Ann Archer'], published: new Date('2020-02-01T00:00:00Z'), minutes: 1 });
	});

	test('relates other updates sharing tags, dated', () => {
		expect(view.related).toEqual([
			{
				url: '/sub/updates/related/',
				title: 'Update related',
				summary: 'Summary of related.',
				date: new Date('2020-03-01T00:00:00Z'),
			},
		]);
	});

	test('is a BlogPosting under Updates', () => {
		const nodes = JSON.parse(view.head.jsonLd)['@graph'];
		expect(nodes[1]).toMatchObject({
			'@type': 'BlogPosting',
			headline: 'Update news',
			author: [{ '@type': 'Person', name: 'Ann Archer' }],
			image: 'https://example.org/sub/og/updates/news.png',
		});
		expect(nodes[2].itemListElement[1].name).toBe('Updates');
	});
});
