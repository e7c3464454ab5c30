import { describe, expect, test } from 'vitest';
import { essaysIndex, homePage, projectsIndex, updatesIndex } from '../../../../src/lib/view/listings';
import { makeEssay, makeProject, makeUpdate, site } from './entries';

const alpha = makeProject('alpha', { start: '2019-01-01', end: '2019-12-01' });
const beta = makeProject('beta', { start: '2020-01-01', end: undefined, challenge: 'How might we?' });
const empty = makeProject('gamma', { start: '2021-01-01', end: undefined });
const essays = [makeEssay('a2', { number: 2 }), makeEssay('a1', { number: 1 }), makeEssay('b1', { project: 'beta' })];
const updates = ['u1', 'u2', 'u3', 'u4'].map((id) => makeUpdate(id));

describe('homePage', () => {
	const view = homePage({ site, essays, projects: [alpha, beta, empty], updates });

	test('introduces the site from its settings', () => {
		expect(view.intro).toEqual({
			kicker: 'Test Org',
			title: 'Test Essays',
			introduction: site.settings.home.introduction,
		});
		expect(view.head.title).toBe('Test Essays');
	});

	test("links the introduction's further reading under the base", () => {
		const settings = {
			...site.settings,
			home: { introduction: 'We study rivers.', link: { label: 'About us', href: '/about/' } },
		};
		const underBase = { ...site, base: '/field/', settings };
		expect(homePage({ site: underBase, essays, projects: [alpha], updates }).intro).toEqual({
			kicker: 'Test Org',
			title: 'Test Essays',
			introduction: 'We study rivers.',
			link: { label: 'About us', href: '/field/about/' },
		});
	});

	test('shows every series that has essays, in series order', () => {
		expect(view.series.map((s) => [s.id, s.label, s.items.map((i) => i.label)])).toEqual([
			['alpha', 'Project one', ['Essay 1', 'Essay 2']],
			['beta', 'Project two', ['Essay 1']],
		]);
		expect(view.series[0]!.items[0]).not.toHaveProperty('date');
	});

	test('features the project that started last', () => {
		expect(view.latestProject).toEqual({
			label: 'Project three · January 2021 onwards',
			url: '/sub/projects/gamma/',
			title: 'Project gamma',
			challenge: 'How might gamma?',
		});
	});

	test('shows the three latest updates', () => {
		expect(view.latestUpdates.map((u) => u.url)).toEqual(['/sub/updates/u1/', '/sub/updates/u2/', '/sub/updates/u3/']);
	});
});

describe('essaysIndex', () => {
	test('dates each essay and each project', () => {
		const view = essaysIndex({ site, essays, projects: [alpha, beta] }, { title: 'Essays', description: 'All.' });
		expect(view.series[0]!.project).toEqual({
			title: 'Project alpha',
			url: '/sub/projects/alpha/',
			dates: 'January 2019 – December 2019',
		});
		expect(view.series[1]!.project.dates).toBe('January 2020 onwards');
		expect(view.series[0]!.items[0]!.date).toEqual(new Date('2020-01-01T00:00:00Z'));
		expect(view.head).toMatchObject({ title: 'Essays · Test Essays', description: 'All.' });
	});
});

describe('projectsIndex', () => {
	test('labels each project and dates it by its start', () => {
		const view = projectsIndex({ site, projects: [alpha, beta] }, { title: 'Projects' });
		expect(view.items.map((i) => [i.label, i.date])).toEqual([
			['Project one', new Date('2019-01-01T00:00:00Z')],
			['Project two', new Date('2020-01-01T00:00:00Z')],
		]);
	});
});

describe('updatesIndex', () => {
	const text = { title: 'Updates', description: 'News.' };

	test('a single page has no pagination', () => {
		const view = updatesIndex({ data: updates, currentPage: 1, lastPage: 1 }, { site }, text);
		expect(view.title).toBe('Updates');
		expect(view.pagination).toBeUndefined();
		expect(view.head.noindex).toBe(false);
	});

	test('links newer and older pages, and numbers the later pages, which are not indexed', () => {
		expect(updatesIndex({ data: updates, currentPage: 1, lastPage: 3 }, { site }, text).pagination).toEqual({
			older: '/sub/updates/2/',
		});
		const middle = updatesIndex({ data: updates, currentPage: 2, lastPage: 3 }, { site }, text);
		expect(middle.title).toBe('Updates, page 2 of 3');
		expect(middle.pagination).toEqual({ newer: '/sub/updates/', older: '/sub/updates/3/' });
		expect(middle.head.noindex).toBe(true);
		expect(middle.head.canonical).toBe('https://example.org/sub/updates/2/');
	});
});
