import { describe, expect, test } from 'vitest';
import { goals, ratio, sizeResult, toMb } from '../../../../scripts/bench/results';

describe('ratio', () => {
	test('divides to two decimals', () => {
		expect(ratio(51_000, 18_000)).toBe(2.83);
		expect(ratio(3000, 2000)).toBe(1.5);
	});

	test('is null when a side is missing or zero', () => {
		expect(ratio(undefined, 1)).toBeNull();
		expect(ratio(1, undefined)).toBeNull();
		expect(ratio(1, 0)).toBeNull();
	});
});

describe('toMb', () => {
	test('turns kB into whole MB', () => {
		expect(toMb(1_572_864)).toBe(1536);
	});
});

describe('sizeResult', () => {
	test('derives the ours/reference ratio and the warm share of the cold build', () => {
		const result = sizeResult(
			2000,
			{ coldMs: 27_000, warmMs: 5_400, peakRssMb: 900 },
			{ coldMs: 18_000, peakRssMb: 700 },
		);
		expect(result).toMatchObject({ essays: 2000, ratio: 1.5, warmShare: 0.2 });
	});

	test('derives the no-edit share and how many times Hugo’s cold time ours takes', () => {
		const result = sizeResult(
			2000,
			{ coldMs: 40_000, warmMs: 4_000, noEditWarmMs: 2_000, peakRssMb: 900 },
			undefined,
			undefined,
			{ coldMs: 4_000, peakRssMb: 200, version: 'hugo v0.111.3' },
		);
		expect(result).toMatchObject({ noEditWarmShare: 0.05, hugoRatio: 10, hugo: { coldMs: 4_000 } });
	});

	test('has no ratio without a reference build', () => {
		expect(sizeResult(100, { coldMs: 1000, peakRssMb: 300 }).ratio).toBeNull();
	});
});

describe('goals', () => {
	test('checks each goal of the issue', () => {
		const result = sizeResult(
			2000,
			{ coldMs: 12_000, warmMs: 1_800, noEditWarmMs: 1_200, peakRssMb: 1100 },
			{ coldMs: 20_000, peakRssMb: 700 },
		);
		expect(goals(result)).toEqual([
			{ goal: 'cold ≤ 0.6× reference', met: true },
			{ goal: 'warm ≤ 10% of cold', met: false },
			{ goal: 'no-edit rebuild < warm', met: true },
			{ goal: 'peak memory ≤ 1 GB', met: false },
		]);
	});

	test('leaves a goal open (null) when its figure was not measured', () => {
		const [cold, warm, noEdit] = goals(sizeResult(100, { coldMs: 1000, peakRssMb: 300 }));
		expect(cold?.met).toBeNull();
		expect(warm?.met).toBeNull();
		expect(noEdit?.met).toBeNull();
	});
});
