import { describe, expect, test } from 'vitest';
import { cpuModel } from '../../../../scripts/bench/machine';

describe('cpuModel', () => {
	test('reads the first model name from /proc/cpuinfo', () => {
		expect(cpuModel('processor\t: 0\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n')).toBe(
			'AMD EPYC 7B13',
		);
	});

	test('says so when there is none', () => {
		expect(cpuModel('')).toBe('unknown CPU');
	});
});
