import { describe, expect, test } from 'vitest';
import { hiddenReason, isVisible } from '../../../../src/lib/content/visibility';

const now = new Date('2018-06-01T00:00:00Z');
const build = { now, includeDrafts: false };
const preview = { now, includeDrafts: true };

describe('isVisible', () => {
	test('shows a published entry dated before now', () => {
		expect(isVisible({ draft: false, published: new Date('2018-05-01') }, build)).toBe(true);
	});
	test('shows an entry dated exactly now', () => {
		expect(isVisible({ published: now }, build)).toBe(true);
	});
	test('hides a draft from a production build', () => {
		expect(isVisible({ draft: true, published: new Date('2018-05-01') }, build)).toBe(false);
	});
	test('hides an entry scheduled after now', () => {
		expect(isVisible({ published: new Date('2018-06-02') }, build)).toBe(false);
	});
	test('shows drafts and scheduled entries in preview', () => {
		expect(isVisible({ draft: true, published: new Date('2030-01-01') }, preview)).toBe(true);
	});
	test('shows an undated entry unless it is a draft', () => {
		expect(isVisible({}, build)).toBe(true);
		expect(isVisible({ draft: true }, build)).toBe(false);
	});
});

describe('hiddenReason', () => {
	test.each([
		[{ draft: true }, 'draft'],
		[{ published: new Date('2019-01-01') }, 'scheduled'],
		[{ published: new Date('2018-01-01') }, undefined],
	])('%o is %s', (entry, reason) => expect(hiddenReason(entry, now)).toBe(reason));
});
