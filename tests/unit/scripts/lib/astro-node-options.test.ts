import { describe, expect, test } from 'vitest';
import { astroNodeOptions } from '../../../../scripts/lib/astro-node-options';

const GB = 1024 ** 3;

describe('astroNodeOptions', () => {
	test('gives the heap half the machine, keeps it near what is live, and exposes gc', () => {
		expect(astroNodeOptions(24 * GB).flags).toEqual([
			'--expose-gc',
			'--heap-growing-percent=20',
			'--max-old-space-size=12288',
		]);
	});

	test("never sets the heap ceiling below Node's own 4 GB", () => {
		expect(astroNodeOptions(4 * GB).flags).toContain('--max-old-space-size=4096');
	});

	test('fixes glibc’s mmap threshold at 128 kB, so large freed blocks go back to the system', () => {
		expect(astroNodeOptions(24 * GB).env).toEqual({ MALLOC_MMAP_THRESHOLD_: '131072' });
	});
});
