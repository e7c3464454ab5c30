import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { minifyInlineScript } from '../../../src/lib/inline-script';

describe('minifyInlineScript', () => {
	test('drops comments and whitespace but keeps behaviour', () => {
		const code = minifyInlineScript('/* note */\nvar answer = 40 + 2; // why\nglobalThis.result = answer;\n');
		expect(code).not.toContain('note');
		expect(code).not.toContain('\n');
		const scope: { result?: number } = {};
		new Function('globalThis', code)(scope);
		expect(scope.result).toBe(42);
	});

	test('keeps the page script under the 1 KB budget', () => {
		const source = readFileSync(new URL('../../../src/browser/page-enhancements.js', import.meta.url), 'utf8');
		expect(new TextEncoder().encode(minifyInlineScript(source)).length).toBeLessThan(1024);
	});

	test('names the problem when the script does not parse, every time it is asked', () => {
		expect(() => minifyInlineScript('var = ;')).toThrow(/Expected identifier/);
		expect(() => minifyInlineScript('var = ;')).toThrow(/Expected identifier/);
	});

	test('gives the same code for the same source, and different code for a different one', () => {
		const first = minifyInlineScript('globalThis.a = 1 + 1;');
		expect(minifyInlineScript('globalThis.a = 1 + 1;')).toBe(first);
		expect(minifyInlineScript('globalThis.b = 2;')).not.toBe(first);
	});
});
