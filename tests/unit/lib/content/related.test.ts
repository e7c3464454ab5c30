import { describe, expect, test } from 'vitest';
import { relatedEntries, relatedness, type Relatable } from '../../../../src/lib/content/related';

const entry = (key: string, tags: string[], project?: string, published = '2018-01-01'): Relatable => ({
	key,
	title: key,
	tags,
	project,
	published: new Date(published),
});

describe('relatedness', () => {
	test('scores two per shared tag and one for the same project', () => {
		expect(relatedness(entry('a', ['x', 'y'], 'p'), entry('b', ['y', 'x', 'z'], 'p'))).toBe(5);
		expect(relatedness(entry('a', ['x']), entry('b', ['y']))).toBe(0);
	});

	test('does not count two entries without a project as the same project', () => {
		expect(relatedness(entry('a', []), entry('b', []))).toBe(0);
	});
});

describe('relatedEntries', () => {
	const current = entry('current', ['peer support', 'evaluation'], 'p1');

	test('orders by score, then newest, then title', () => {
		const candidates = [
			entry('same-project', [], 'p1'),
			entry('one-tag-old', ['evaluation'], undefined, '2017-01-01'),
			entry('one-tag-new', ['peer support'], undefined, '2019-01-01'),
			entry('two-tags', ['peer support', 'evaluation'], 'p2'),
		];
		expect(relatedEntries(current, candidates, { limit: 4 }).map((e) => e.key)).toEqual([
			'two-tags',
			'one-tag-new',
			'one-tag-old',
			'same-project',
		]);
	});

	test('leaves out the entry itself, excluded keys, unrelated entries, and anything past the limit', () => {
		const candidates = [
			current,
			entry('next', ['peer support'], 'p1'),
			entry('unrelated', ['gardening']),
			entry('a', ['evaluation']),
			entry('b', ['evaluation']),
			entry('c', ['evaluation']),
		];
		expect(relatedEntries(current, candidates, { limit: 2, exclude: ['next'] }).map((e) => e.key)).toEqual([
			'a',
			'b',
		]);
	});
});
