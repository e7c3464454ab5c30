import { describe, expect, test, vi } from 'vitest';
import { collectGarbage } from '../../../../src/lib/memory/collect-garbage';

describe('collectGarbage', () => {
	test('runs a young-generation collection for "young"', () => {
		const gc = vi.fn();
		expect(collectGarbage('young', gc)).toBe(true);
		expect(gc).toHaveBeenCalledExactlyOnceWith({ type: 'minor', execution: 'sync' });
	});

	test('runs a last-resort full collection, which also frees pooled pages, for "all"', () => {
		const gc = vi.fn();
		expect(collectGarbage('all', gc)).toBe(true);
		expect(gc).toHaveBeenCalledExactlyOnceWith({ type: 'major', execution: 'sync', flavor: 'last-resort' });
	});

	test('does nothing when the process was started without --expose-gc', () => {
		expect(collectGarbage('all', undefined)).toBe(false);
	});
});
