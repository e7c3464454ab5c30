import type { AstroError } from 'astro/errors';
import { describe, expect, test } from 'vitest';
import { findSource, similarIds } from '../../../src/lib/source-lookup';

const ids = [
	'rand-evaluation-report',
	'rand-evaluation-project',
	'q-lab-where-next',
	'what-is-the-q-lab-faq',
	'making-new-connections',
];
const sources = ids.map((id) => ({ id }));

describe('similarIds', () => {
	test.each([
		['rand-evalution-report', ['rand-evaluation-report', 'rand-evaluation-project']],
		['rand-report', ['rand-evaluation-report', 'rand-evaluation-project']],
		['where-next', ['q-lab-where-next']],
		['new-connections', ['making-new-connections']],
		['nesta-feature', []],
	])('suggests for %s: %o', (id, expected) => expect(similarIds(id, ids)).toEqual(expected));

	test('lists at most `limit` ids, closest first', () => {
		expect(similarIds('rand-evaluation-reports', ids, 1)).toEqual(['rand-evaluation-report']);
	});
});

/** The error findSource throws for an id that is not in `sources`. */
function errorFor(id: string): AstroError {
	try {
		findSource(id, sources);
	} catch (error) {
		return error as AstroError;
	}
	throw new Error(`findSource("${id}") did not throw.`);
}

describe('findSource', () => {
	test('returns the entry with the id', () => {
		expect(findSource('q-lab-where-next', sources)).toBe(sources[2]);
	});

	test('names the unknown id and suggests similar ones', () => {
		const error = errorFor('rand-report');
		expect(error.message).toMatchInlineSnapshot(
			`"<Source id="rand-report" />: there is no source "rand-report" in content/sources/sources.yaml."`,
		);
		expect(error.hint).toMatchInlineSnapshot(
			`"Did you mean one of: rand-evaluation-report, rand-evaluation-project? Fix the id, or add the source to content/sources/sources.yaml."`,
		);
	});

	test('suggests a single close id on its own', () => {
		expect(errorFor('q-lab-where-nxt').hint).toMatchInlineSnapshot(
			`"Did you mean q-lab-where-next? Fix the id, or add the source to content/sources/sources.yaml."`,
		);
	});

	test('says when no known id looks like the unknown one', () => {
		expect(errorFor('nesta-feature').hint).toMatchInlineSnapshot(
			`"No known id looks like it (5 sources in all). Add the source to content/sources/sources.yaml, or fix the id."`,
		);
	});
});
