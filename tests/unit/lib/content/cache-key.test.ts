import { describe, expect, test } from 'vitest';
import { cacheKey } from '../../../../src/lib/content/cache-key';

describe('cacheKey', () => {
	test('is the same for the same data and 16 hex characters long', () => {
		const data = { title: 'Impact that counts', published: new Date('2018-08-01'), tags: ['impact'] };
		expect(cacheKey(data)).toBe(cacheKey({ ...data, published: new Date('2018-08-01') }));
		expect(cacheKey(data)).toMatch(/^[0-9a-f]{16}$/);
	});

	test.each([
		['a title', { title: 'Impact that counts!' }],
		['a date', { published: new Date('2018-08-02') }],
		['a list', { tags: ['impact', 'evaluation'] }],
	])('changes when %s changes', (_, change) => {
		const data = { title: 'Impact that counts', published: new Date('2018-08-01'), tags: ['impact'] };
		expect(cacheKey({ ...data, ...change })).not.toBe(cacheKey(data));
	});

	test('copes with undefined', () => {
		expect(cacheKey(undefined)).toMatch(/^[0-9a-f]{16}$/);
	});
});
