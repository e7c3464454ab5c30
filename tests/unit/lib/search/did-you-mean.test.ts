import { describe, expect, test } from 'vitest';
import { needsCorrection } from '../../../../src/lib/search/did-you-mean';

describe('needsCorrection', () => {
	test.each([
		['a query with no results', 'peer suport', [], true],
		['every word marked', 'peer support', ['<mark>Peer</mark> <mark>support</mark> groups'], false],
		['a word still being typed, marked whole', 'peer supp', ['<mark>Peer</mark> <mark>support</mark>'], false],
		[
			'marks spread over several excerpts',
			'peer support',
			['<mark>peer</mark> review', 'a <mark>support</mark>'],
			false,
		],
		['one word never marked', 'peer suport', ['<mark>Peer</mark> review and <mark>support</mark>'], true],
		['a word matched loosely, marked as another', 'impressonists', ['the <mark>impressionists</mark>'], true],
		['a word in the excerpt but not marked', 'groups', ['<mark>Peer</mark> groups'], true],
		['case and accents as the vocabulary keeps them', 'CAFÉ', ['<mark>café</mark>'], false],
		['a query of short words only', 'of an', [], false],
		['an empty query', '', [], false],
		['an entity inside a mark is not a word', 'amp', ['<mark>R&amp;D</mark>'], true],
	])('%s: %s', (_, query, excerpts, expected) => {
		expect(needsCorrection(query, excerpts)).toBe(expected);
	});
});
