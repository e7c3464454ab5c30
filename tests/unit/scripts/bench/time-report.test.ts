import { describe, expect, test } from 'vitest';
import { parseTimeReport, TIME_FORMAT } from '../../../../scripts/bench/time-report';

describe('parseTimeReport', () => {
	test('reads wall time and user plus system CPU time from the marked line among the build output', () => {
		const stderr = '12:00:01 [build] Complete!\n__bench_time__ 51.20 80.10 4.90 2711000\n';
		expect(parseTimeReport(stderr)).toEqual({ wallMs: 51_200, cpuMs: 85_000 });
	});

	test('is undefined when the line is missing (no GNU time on this machine)', () => {
		expect(parseTimeReport('[build] Complete!')).toBeUndefined();
	});

	test('reads what GNU time prints for the format the benchmark passes it', () => {
		const printed = TIME_FORMAT.replace('%e', '1.50').replace('%U', '2.00').replace('%S', '0.25').replace('%M', '9');
		expect(parseTimeReport(printed)).toEqual({ wallMs: 1500, cpuMs: 2250 });
	});
});
