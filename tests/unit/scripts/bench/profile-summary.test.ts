import { describe, expect, test } from 'vitest';
import { inclusiveTime, packageOf, selfTimeBy, type CpuProfile } from '../../../../scripts/bench/profile-summary';

const frame = (functionName: string, url: string) => ({ functionName, url });

// root → compile (@mdx-js/mdx) → visit (unist-util-visit); root → render (site code); plus GC.
const profile: CpuProfile = {
	nodes: [
		{ id: 1, callFrame: frame('(root)', ''), children: [2, 4, 5] },
		{ id: 2, callFrame: frame('compile', 'file:///r/node_modules/@mdx-js/mdx/lib/core.js'), children: [3] },
		{ id: 3, callFrame: frame('visit', 'file:///r/node_modules/unist-util-visit/lib/index.js') },
		{ id: 4, callFrame: frame('render', 'file:///r/dist/chunks/page.mjs') },
		{ id: 5, callFrame: frame('(garbage collector)', '') },
	],
	samples: [2, 3, 3, 4, 5],
	timeDeltas: [1000, 2000, 2000, 4000, 500],
};

describe('packageOf', () => {
	test.each([
		['file:///r/node_modules/@mdx-js/mdx/lib/core.js', '@mdx-js/mdx'],
		['file:///r/node_modules/micromark/lib/x.js', 'micromark'],
		['file:///r/node_modules/a/node_modules/b/index.js', 'b'],
		['node:internal/modules/esm/utils', '(node)'],
		['file:///r/src/lib/format.ts', '(site)'],
		['', '(native/GC)'],
	])('%s belongs to %s', (url, name) => {
		expect(packageOf(url)).toBe(name);
	});
});

describe('selfTimeBy', () => {
	test('adds up the samples per package, largest first, in ms', () => {
		expect(selfTimeBy(profile)).toEqual([
			{ group: 'unist-util-visit', ms: 4 },
			{ group: '(site)', ms: 4 },
			{ group: '@mdx-js/mdx', ms: 1 },
			{ group: '(native/GC)', ms: 1 },
		]);
	});
});

describe('inclusiveTime', () => {
	test('counts a frame and everything it called', () => {
		expect(inclusiveTime(profile, /@mdx-js\/mdx/)).toBe(5);
	});

	test('is 0 when nothing matches', () => {
		expect(inclusiveTime(profile, /rolldown/)).toBe(0);
	});
});
