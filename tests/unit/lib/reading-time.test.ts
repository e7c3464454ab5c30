import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/reading-time';

describe('countWords', () => {
	test('counts prose words and ignores markup, component tags, link addresses and footnote labels', () => {
		const body = [
			'## Why peer support matters',
			'',
			'People *help* each other.[^1] See [the hub](https://example.org/hub).',
			'',
			'<Callout type="note">',
			'Two more words',
			'</Callout>',
			'',
			'| Year | Event |',
			'| ---- | ----- |',
			'',
			'[^1]: A source.',
		].join('\n');
		expect(countWords(body)).toBe(18);
	});

	test('keeps contractions and numbers with separators as one word', () => {
		expect(countWords("The Lab's survey had 2,666 replies.")).toBe(6);
	});

	test('ignores frontmatter when given a whole file', () => {
		expect(countWords('---\ntitle: A long title here\n---\nOne two three.')).toBe(3);
	});
});

describe('readingMinutes', () => {
	test('rounds up at 200 words a minute', () => {
		expect(readingMinutes('word '.repeat(200))).toBe(1);
		expect(readingMinutes('word '.repeat(201))).toBe(2);
		expect(readingMinutes('word '.repeat(1600))).toBe(8);
	});

	test('is at least one minute, even for an empty body', () => {
		expect(readingMinutes('')).toBe(1);
	});
});
