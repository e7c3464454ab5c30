import { describe, expect, test } from 'vitest';
import { pathTo } from '../../../../src/lib/urls';
import { ogImages } from '../../../../src/lib/view/og-images';
import { makeEssay, makeProject, makeUpdate, site } from './entries';

describe('ogImages', () => {
	const images = ogImages({
		settings: site.settings,
		essays: [makeEssay('e', { number: 3, title: 'An essay', published: '2018-08-01' })],
		updates: [makeUpdate('u', { title: 'An update', published: '2019-02-01' })],
		projects: [makeProject('alpha', { title: 'Peer support' })],
	});

	test('draws one image per essay and update, at the route table’s address', () => {
		expect(images.map(({ params }) => pathTo('ogImage', params))).toEqual(['/og/essays/e.png', '/og/updates/u.png']);
	});

	test('an essay’s image names its number and project; an update’s the site; both the publisher and month', () => {
		expect(images.map(({ text }) => text)).toEqual([
			{ kicker: 'Essay 3 · Peer support', title: 'An essay', footer: 'Test Org · August 2018' },
			{ kicker: 'Test Essays · Update', title: 'An update', footer: 'Test Org · February 2019' },
		]);
	});
});
