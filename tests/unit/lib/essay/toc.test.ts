import { describe, expect, test } from 'vitest';
import { buildToc, essayToc } from '../../../../src/lib/essay/toc';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('buildToc', () => {
	test('nests each h3 under the h2 before it', () => {
		expect(buildToc([h(2, 'One'), h(3, 'One a'), h(3, 'One b'), h(2, 'Two')])).toEqual([
			{
				slug: 'one',
				text: 'One',
				children: [
					{ slug: 'one-a', text: 'One a', children: [] },
					{ slug: 'one-b', text: 'One b', children: [] },
				],
			},
			{ slug: 'two', text: 'Two', children: [] },
		]);
	});

	test('keeps an h3 that comes before any h2 as a top-level entry', () => {
		expect(buildToc([h(3, 'Preface'), h(2, 'One')]).map((i) => i.slug)).toEqual(['preface', 'one']);
	});

	test('leaves out the h1, h4 and deeper, and the generated notes heading', () => {
		const toc = buildToc([
			h(1, 'Title'),
			h(2, 'One'),
			h(4, 'Detail'),
			{ depth: 2, slug: 'footnote-label', text: 'Notes' },
		]);
		expect(toc).toEqual([{ slug: 'one', text: 'One', children: [] }]);
	});

	test('lists only h2s when maxDepth is 2', () => {
		expect(buildToc([h(2, 'One'), h(3, 'One a')], { maxDepth: 2 })).toEqual([
			{ slug: 'one', text: 'One', children: [] },
		]);
	});

	test('returns an empty list for a page without sections', () => {
		expect(buildToc([])).toEqual([]);
	});
});

describe('essayToc', () => {
	test('ends with the notes, when there are footnotes, and the citation', () => {
		const toc = essayToc([h(2, 'One'), { depth: 2, slug: 'footnote-label', text: 'Notes' }]);
		expect(toc.map((i) => [i.slug, i.text])).toEqual([
			['one', 'One'],
			['footnote-label', 'Notes'],
			['cite-this-essay', 'Cite this essay'],
		]);
	});

	test('leaves out the notes entry when the essay has no footnotes', () => {
		expect(essayToc([h(2, 'One')]).map((i) => i.slug)).toEqual(['one', 'cite-this-essay']);
	});
});
