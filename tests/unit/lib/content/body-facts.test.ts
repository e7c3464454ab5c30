import { describe, expect, test } from 'vitest';
import { bodyFacts, bodyFactsOf } from '../../../../src/lib/content/body-facts';

const body = `Some words here.\n\n<Source id="b" /> and <Source id="a" /> then <Source id="b" />.\n`;

describe('body facts', () => {
	test('are the reading time and the cited sources, in first-cited order', () => {
		expect(bodyFacts(body)).toEqual({ readingMinutes: 1, citedSources: ['b', 'a'] });
		expect(bodyFacts('word '.repeat(401)).readingMinutes).toBe(3);
	});

	test('come from the loader’s stored metadata when there is no body in the store', () => {
		const stored = { readingMinutes: 7, citedSources: ['x'] };
		expect(bodyFactsOf({ rendered: { metadata: { bodyFacts: stored } } })).toEqual(stored);
	});

	test('are worked out from the body for an entry that has one (Astro’s own MDX entries)', () => {
		expect(bodyFactsOf({ body })).toEqual(bodyFacts(body));
		expect(bodyFactsOf({})).toEqual({ readingMinutes: 1, citedSources: [] });
	});
});
