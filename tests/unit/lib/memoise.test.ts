import { describe, expect, test, vi } from 'vitest';
import { memoise } from '../../../src/lib/memoise';

describe('memoise', () => {
	test('loads once and gives every caller, even concurrent ones, the same result', async () => {
		const load = vi.fn(async () => ({ entries: [1, 2, 3] }));
		const cached = memoise(load);
		const [a, b] = await Promise.all([cached(), cached()]);
		expect(await cached()).toBe(a);
		expect(b).toBe(a);
		expect(load).toHaveBeenCalledTimes(1);
	});

	test('forgets a failed load, so the next call tries again', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('store not ready')).mockResolvedValueOnce('loaded');
		const cached = memoise(load);
		await expect(cached()).rejects.toThrow('store not ready');
		await expect(cached()).resolves.toBe('loaded');
		expect(load).toHaveBeenCalledTimes(2);
	});

	test('loads on every call when disabled, as the dev server needs', async () => {
		const load = vi.fn(async () => 'fresh');
		const cached = memoise(load, { enabled: false });
		await cached();
		await cached();
		expect(load).toHaveBeenCalledTimes(2);
	});
});
