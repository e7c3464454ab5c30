import { describe, expect, test } from 'vitest';
import { projectPage } from '../../../../src/lib/view/project';
import { makeEssay, makeProject, makeUpdate, metaByName, site } from './entries';

const alpha = makeProject('alpha', {
	status: 'current',
	start: '2019-04-01',
	end: undefined,
	phases: [{ name: 'Discovery', start: '2019-04-01', end: '2019-06-01', summary: 'Looked around.' }],
});
const beta = makeProject('beta', { start: '2020-01-01' });
const input = {
	site,
	essays: [makeEssay('two', { number: 2 }), makeEssay('one', { number: 1 }), makeEssay('b', { project: 'beta' })],
	projects: [alpha, beta],
	updates: [makeUpdate('news', { project: 'alpha' }), makeUpdate('other', { project: 'beta' }), makeUpdate('loose')],
};

describe('projectPage', () => {
	const view = projectPage(alpha, input);

	test('labels the project by the order projects started', () => {
		expect(view.kicker).toBe('Project one · Project overview');
		expect(projectPage(beta, input).kicker).toBe('Project two · Project overview');
	});

	test('says whether it is running, and since when', () => {
		expect(view.status).toEqual({ value: 'current', text: 'Current project' });
		expect(view.dates).toBe('April 2019 onwards');
		expect(projectPage(beta, input).status.text).toBe('Completed');
	});

	test('lists its essays in series order and only its own updates', () => {
		expect(view.essays.map((e) => [e.url, e.label])).toEqual([
			['/sub/essays/one/', 'Essay 1'],
			['/sub/essays/two/', 'Essay 2'],
		]);
		expect(view.updates.map((u) => u.url)).toEqual(['/sub/updates/news/']);
	});

	test('gives the timeline every phase, with a caption naming the project', () => {
		expect(view.timeline.title).toBe('Project alpha: the project’s phases');
		expect(view.timeline.phases.map((p) => [p.name, p.start.toISOString().slice(0, 10)])).toEqual([
			['Discovery', '2019-04-01'],
		]);
	});

	test('is described for reference managers as a Report by the organisation, without a date it does not have', () => {
		const meta = metaByName(view.head.meta);
		expect(meta.get('citation_title')).toEqual(['Project alpha']);
		expect(meta.get('citation_author')).toEqual(['Test Org']);
		expect(meta.get('citation_technical_report_institution')).toEqual(['Test Org']);
		expect(meta.has('citation_publication_date')).toBe(false);
		const node = JSON.parse(view.head.jsonLd)['@graph'][1];
		expect(node).toMatchObject({
			'@type': 'Report',
			name: 'Project alpha',
			url: 'https://example.org/sub/projects/alpha/',
		});
		expect(node).not.toHaveProperty('datePublished');
	});
});
