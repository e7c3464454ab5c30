import { describe, expect, test } from 'vitest';
import { byNewest, neighboursInSeries, projectLabels, referenceId, seriesOf } from '../../../../src/lib/content/ordering';

const essay = (id: string, project: string, number: number) => ({ id, data: { project: { id: project }, number } });
const essays = [essay('c', 'pilot', 3), essay('a', 'pilot', 1), essay('x', 'mind', 1), essay('b', 'pilot', 2)];

describe('seriesOf', () => {
	test('returns one project’s essays in series order', () => {
		expect(seriesOf(essays, 'pilot').map((e) => e.id)).toEqual(['a', 'b', 'c']);
	});
	test('returns an empty list for a project without essays', () => {
		expect(seriesOf(essays, 'none')).toEqual([]);
	});
	test('works a frozen list out once and answers every later call from that', () => {
		const frozen = Object.freeze([...essays]);
		const first = seriesOf(frozen, 'pilot');
		expect(first.map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(seriesOf(frozen, 'pilot')).toBe(first);
		expect(seriesOf(frozen, 'mind').map((e) => e.id)).toEqual(['x']);
	});
	test('sees changes to a list that is not frozen', () => {
		const list = [...essays];
		expect(seriesOf(list, 'pilot')).toHaveLength(3);
		list.push(essay('d', 'pilot', 4));
		expect(seriesOf(list, 'pilot').map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('neighboursInSeries', () => {
	test('finds the essays either side within the same project only', () => {
		const { previous, next } = neighboursInSeries(essays, essays[3]!);
		expect(previous?.id).toBe('a');
		expect(next?.id).toBe('c');
	});
	test('has no previous for the first essay and no next for the last', () => {
		expect(neighboursInSeries(essays, essays[1]!).previous).toBeUndefined();
		expect(neighboursInSeries(essays, essays[0]!).next).toBeUndefined();
	});
});

describe('projectLabels', () => {
	test('numbers projects in the order they started', () => {
		const labels = projectLabels([
			{ id: 'mind', data: { start: new Date('2018-09-01') } },
			{ id: 'pilot', data: { start: new Date('2017-04-01') } },
		]);
		expect(labels.get('pilot')).toBe('Project one');
		expect(labels.get('mind')).toBe('Project two');
	});
	test('works a frozen list out once', () => {
		const projects = Object.freeze([{ id: 'pilot', data: { start: new Date('2017-04-01') } }]);
		expect(projectLabels(projects)).toBe(projectLabels(projects));
	});
});

describe('byNewest', () => {
	test('sorts newest first and breaks ties by title', () => {
		const entry = (title: string, date: string) => ({ data: { title, published: new Date(date) } });
		const sorted = [entry('B', '2018-05-01'), entry('Old', '2017-01-01'), entry('A', '2018-05-01')].sort(byNewest);
		expect(sorted.map((e) => e.data.title)).toEqual(['A', 'B', 'Old']);
	});
});

describe('referenceId', () => {
	test('reads resolved and plain references', () => {
		expect(referenceId({ id: 'pilot' })).toBe('pilot');
		expect(referenceId('pilot')).toBe('pilot');
	});
});
