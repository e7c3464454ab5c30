import { describe, expect, test } from 'vitest';
import { sizeResult } from '../../../../scripts/bench/results';
import { formatGoals, formatTable, seconds } from '../../../../scripts/bench/table';

const results = [
	sizeResult(
		200,
		{ coldMs: 9_840, warmMs: 2_100, noEditWarmMs: 980, coldCpuMs: 12_000, peakRssMb: 812, warmPeakRssMb: 700 },
		{ coldMs: 7_000, warmMs: 6_500, coldCpuMs: 10_000, peakRssMb: 640 },
		{ indexMs: 1_234, sizeKb: 2_560, pages: 250 },
		{ coldMs: 820, peakRssMb: 95, version: 'hugo v0.111.3' },
	),
	sizeResult(100, { coldMs: 5_000, peakRssMb: 500 }),
];

describe('seconds', () => {
	test('shows milliseconds as seconds with one decimal, or a dash when missing', () => {
		expect(seconds(51_234)).toBe('51.2 s');
		expect(seconds(undefined)).toBe('–');
	});
});

describe('formatTable', () => {
	test('prints one aligned Markdown row per size, with dashes for what was not measured', () => {
		expect(formatTable(results)).toMatchInlineSnapshot(`
			"| Essays | Ours cold | Reference cold | Ratio | CPU ratio | Ours warm (of cold) | Reference warm | Ours no-edit rebuild | Ours peak RSS | Reference peak RSS | Hugo cold (ours ×) | Hugo peak RSS | Pagefind index |
			| ------ | --------- | -------------- | ----- | --------- | ------------------- | -------------- | -------------------- | ------------- | ------------------ | ------------------ | ------------- | -------------- |
			| 200    | 9.8 s     | 7.0 s          | 1.41× | 1.20×     | 2.1 s (21%)         | 6.5 s          | 1.0 s (10%)          | 812 MB        | 640 MB             | 0.8 s (12.00×)     | 95 MB         | 1.2 s, 2.5 MB  |
			| 100    | 5.0 s     | –              | –     | –         | –                   | –              | –                    | 500 MB        | –                  | –                  | –             | –              |"
		`);
	});
});

describe('formatGoals', () => {
	test('marks each goal met, missed or unmeasured', () => {
		expect(formatGoals(results)).toMatchInlineSnapshot(`
			"200 essays: ✗ cold ≤ 0.6× reference, ✗ warm ≤ 10% of cold, ✓ no-edit rebuild < warm, ✓ peak memory ≤ 1 GB
			100 essays: ? cold ≤ 0.6× reference, ? warm ≤ 10% of cold, ? no-edit rebuild < warm, ✓ peak memory ≤ 1 GB"
		`);
	});
});
