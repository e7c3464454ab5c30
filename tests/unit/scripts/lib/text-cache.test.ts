import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { textCache } from '../../../../scripts/lib/text-cache';

const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'text-cache-')), 'cache.json');
const length = (text: string) => ({ length: text.length });

describe('textCache', () => {
	test('computes each text once per run, and reuses results saved by an earlier run', () => {
		const file = fresh();
		const first = textCache<{ length: number }>(file, 'v1');
		expect(first.get('abc', length)).toEqual({ length: 3 });
		expect(first.get('abc', () => ({ length: -1 }))).toEqual({ length: 3 });
		first.save();
		const second = textCache<{ length: number }>(file, 'v1');
		expect(second.get('abc', () => ({ length: -1 }))).toEqual({ length: 3 });
		expect(second.stats).toEqual({ reused: 1, computed: 0 });
	});

	test('starts afresh when the version changes', () => {
		const file = fresh();
		const first = textCache(file, 'v1');
		first.get('abc', length);
		first.save();
		const second = textCache(file, 'v2');
		expect(second.get('abc', () => ({ length: -1 }))).toEqual({ length: -1 });
	});

	test('keeps only what the last run used', () => {
		const file = fresh();
		const first = textCache(file, 'v1');
		first.get('old', length);
		first.save();
		const second = textCache(file, 'v1');
		second.get('new', length);
		second.save();
		expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).results)).toHaveLength(1);
	});

	test('treats a broken file as empty', () => {
		const file = fresh();
		writeFileSync(file, '{ not json');
		expect(textCache(file, 'v1').get('abc', length)).toEqual({ length: 3 });
	});

	test('does not keep a result that throws', () => {
		const cache = textCache(fresh(), 'v1');
		expect(() =>
			cache.get('bad', () => {
				throw new Error('unreadable');
			}),
		).toThrow('unreadable');
		expect(cache.get('bad', length)).toEqual({ length: 3 });
	});
});
