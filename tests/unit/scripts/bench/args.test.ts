import { describe, expect, test } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs, parseSizes } from '../../../../scripts/bench/args';

describe('parseBenchArgs', () => {
	test('defaults to 100, 1000 and 2000 essays with a reference build, Hugo and no profile', () => {
		expect(parseBenchArgs([])).toEqual({
			sizes: DEFAULT_SIZES,
			reference: true,
			hugo: true,
			cpuProf: false,
			help: false,
		});
		expect(DEFAULT_SIZES).toEqual([100, 1000, 2000]);
	});

	test('reads --sizes, --no-reference, --no-hugo and --cpu-prof', () => {
		expect(parseBenchArgs(['--sizes', '200', '--no-reference', '--no-hugo', '--cpu-prof'])).toEqual({
			sizes: [200],
			reference: false,
			hugo: false,
			cpuProf: true,
			help: false,
		});
		expect(parseBenchArgs(['--sizes=50,500']).sizes).toEqual([50, 500]);
	});

	test('rejects an unknown option and shows the usage', () => {
		expect(() => parseBenchArgs(['--size', '200'])).toThrow(/Unknown option '--size'[\s\S]*Usage: npm run bench/);
	});
});

describe('parseSizes', () => {
	test('reads a comma-separated list, spaces allowed, order kept', () => {
		expect(parseSizes('2000, 100')).toEqual([2000, 100]);
	});

	test.each(['', '100,', 'ten', '0', '-5', '2.5'])('rejects %o with the form to use', (text) => {
		expect(() => parseSizes(text)).toThrow(
			/Write positive whole numbers separated by commas, e.g. --sizes 100,1000,2000/,
		);
	});
});
