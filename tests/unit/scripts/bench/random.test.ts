import { describe, expect, test } from 'vitest';
import { seeded } from '../../../../scripts/bench/random';

describe('seeded', () => {
	test('gives the same sequence for the same seed and a different one for another seed', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, seeded(seed).next);
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
	});

	test('int stays within both bounds and reaches each of them', () => {
		const random = seeded(1);
		const values = new Set(Array.from({ length: 500 }, () => random.int(1, 3)));
		expect([...values].sort()).toEqual([1, 2, 3]);
	});

	test('pick refuses an empty list with a message saying what it needs', () => {
		expect(() => seeded(1).pick([])).toThrowErrorMatchingInlineSnapshot(
			`[Error: seeded().pick() needs at least one item to choose from.]`,
		);
	});
});
