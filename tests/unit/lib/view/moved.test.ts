import { describe, expect, test } from 'vitest';
import { movedAddresses } from '../../../../src/lib/urls';
import { movedPage } from '../../../../src/lib/view/moved';
import { makeEssay, site } from './entries';

describe('movedPage', () => {
	const essays = [makeEssay('x', { title: 'Impact' })];
	const [listing, essay] = movedAddresses({ essays: ['x'] }).map((moved) => movedPage(moved, { site, essays }));

	test('names an essay by its title and the listing as the essays', () => {
		expect(essay!.heading).toBe('“Impact” has moved');
		expect(listing!.heading).toBe('The essays has moved');
	});

	test('sends the reader to the new address under the base, and keeps the old one out of search engines', () => {
		expect(essay!.to).toBe('/sub/essays/x/');
		expect(essay!.head.noindex).toBe(true);
		expect(essay!.head.canonical).toBe('https://example.org/sub/essay/x/');
	});
});
