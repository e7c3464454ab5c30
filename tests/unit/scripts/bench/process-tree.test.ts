import { describe, expect, test } from 'vitest';
import { descendants, parentPid, residentKb } from '../../../../scripts/bench/process-tree';

describe('parentPid', () => {
	test('reads the fourth field of /proc/<pid>/stat', () => {
		expect(parentPid('4242 (node) S 4200 4242 4200 0 -1 4194560 12 0 0')).toBe(4200);
	});

	test('copes with spaces and parentheses in the command name', () => {
		expect(parentPid('77 (tokio (worker) 1) R 76 77 1 0')).toBe(76);
	});

	test('is undefined for text that is not a stat line', () => {
		expect(parentPid('')).toBeUndefined();
	});
});

describe('residentKb', () => {
	test('reads VmRSS from /proc/<pid>/status', () => {
		expect(residentKb('Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  523412 kB\nRssAnon:\t 1 kB\n')).toBe(523412);
	});

	test('is 0 for a process without resident memory (a zombie)', () => {
		expect(residentKb('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
	});
});

describe('descendants', () => {
	test('finds children and grandchildren but not siblings or the parent', () => {
		const parents = new Map([
			[10, 1],
			[11, 10],
			[12, 11],
			[13, 10],
			[20, 1],
		]);
		expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
	});

	test('is just the root when it has no children', () => {
		expect(descendants(5, new Map([[6, 1]]))).toEqual([5]);
	});
});
