import { describe, expect, test } from 'vitest';
import { highlightPattern, highlightTerms } from '../../../../src/lib/search/highlight';

describe('highlightTerms', () => {
	test.each([
		[
			['peer', 'support'],
			['peer', 'support'],
		],
		[['Peer  support'], ['peer', 'support']],
		[['peer', 'Peer'], ['peer']],
		[['What is the Q Improvement Lab?'], ['improvement', 'lab']],
		[['what is it'], ['what', 'is', 'it']],
		[['2,666'], ['2666']],
		[
			["Lab's", 'RAND'],
			["lab's", 'rand'],
		],
		[[], []],
	])('%j gives %j', (values, expected) => expect(highlightTerms(values)).toEqual(expected));
});

describe('highlightPattern', () => {
	const marked = (terms: string[], text: string) => text.match(highlightPattern(terms) ?? /$^/g) ?? [];

	test('marks whole words that start with a term, whatever their case', () => {
		expect(marked(['support'], 'Supporting peer support; unsupported.')).toEqual(['Supporting', 'support']);
	});

	test('prefers the longer of two overlapping terms', () => {
		expect(marked(['peer', 'peers'], 'peers')).toEqual(['peers']);
	});

	test('marks a number however its digits are grouped', () => {
		expect(marked(['2666'], 'completed by 2,666 people, not 2667')).toEqual(['2,666']);
	});

	test('treats regular-expression characters in a term as text', () => {
		expect(marked(['c++'], 'c++ and cc')).toEqual(['c++']);
	});

	test('is null when there is nothing to mark', () => {
		expect(highlightPattern([])).toBeNull();
	});
});
