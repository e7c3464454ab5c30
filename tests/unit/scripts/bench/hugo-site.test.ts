import { describe, expect, test } from 'vitest';
import { corpusFiles } from '../../../../scripts/bench/corpus';
import { hugoSiteFiles, stripComponents } from '../../../../scripts/bench/hugo-site';

describe('stripComponents', () => {
	test.each([
		['<Callout type="note" title="A">\n\nInside.\n\n</Callout>\n\nAfter.', '\n\nInside.\n\nAfter.'],
		['<Stat value="1,200" label="people" />\n\nText.', '\n\nText.'],
		['[^1]: <Source id="source-3" />.', '[^1]: source-3.'],
		['Plain *Markdown* with a [link](/x/).', 'Plain *Markdown* with a [link](/x/).'],
	])('turns %j into plain Markdown', (mdx, markdown) => {
		expect(stripComponents(mdx)).toBe(markdown);
	});
});

describe('hugoSiteFiles', () => {
	const files = hugoSiteFiles(corpusFiles({ essays: 3 }));
	const byPath = new Map(files.map((file) => [file.path, file.contents]));

	test('has a config and the layouts Hugo needs', () => {
		expect([...byPath.keys()]).toEqual(
			expect.arrayContaining([
				'hugo.toml',
				'layouts/_default/baseof.html',
				'layouts/_default/single.html',
				'layouts/_default/list.html',
			]),
		);
	});

	test('writes every essay, project, update and page as Markdown with no component left', () => {
		const pages = files.filter((file) => file.path.startsWith('content/'));
		const mdx = corpusFiles({ essays: 3 }).filter((file) => file.path.endsWith('.mdx'));
		expect(pages.map((page) => page.path).sort()).toEqual(
			mdx.map((file) => `content/${file.path.replace(/\.mdx$/, '.md')}`).sort(),
		);
		for (const page of pages) expect(page.contents, page.path).not.toMatch(/<[A-Z]/);
	});

	test('keeps the title and the publication date as Hugo front matter', () => {
		const essay = files.find((file) => file.path.startsWith('content/essays/'));
		expect(essay?.contents).toMatch(/^---\ntitle: ".+"\nsummary: ".+"\ndate: "\d{4}-\d{2}-\d{2}"\n---\n/);
	});
});
