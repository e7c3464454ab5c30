import { describe, expect, test, vi } from 'vitest';
import { recentListing } from '../../../../src/lib/content/recent-listing';

describe('recentListing', () => {
	test('reuses a listing read less than maxAgeMs ago', () => {
		const read = vi.fn((collection: string) => [`${collection}-a`]);
		let clock = 0;
		const idsIn = recentListing(read, 1000, () => clock);
		expect(idsIn('projects')).toEqual(['projects-a']);
		clock = 999;
		expect(idsIn('projects')).toEqual(['projects-a']);
		expect(read).toHaveBeenCalledTimes(1);
	});

	test('reads the folder again once the listing is maxAgeMs old, so new files are seen', () => {
		const files = ['one'];
		let clock = 0;
		const idsIn = recentListing(() => [...files], 1000, () => clock);
		expect(idsIn('projects')).toEqual(['one']);
		files.push('two');
		clock = 1000;
		expect(idsIn('projects')).toEqual(['one', 'two']);
	});

	test('keeps each collection apart', () => {
		const idsIn = recentListing((collection) => [collection], 1000, () => 0);
		expect(idsIn('projects')).toEqual(['projects']);
		expect(idsIn('authors')).toEqual(['authors']);
	});
});
