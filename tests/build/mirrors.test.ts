import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';
import { htmlFiles, page } from '../support/dist';
import { indexedPages } from '../support/pagefind-index';

// The plain-text mirrors (/llms.txt and each entry's index.md) of the fixture site, built under a sub-path:
// tests/fixtures/site has published, draft and scheduled essays, a project and updates with a footnote.

const BASE = '/lab/';
const ORIGIN = 'https://lab-essays.example.org';
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const entryPages = () =>
	htmlFiles(build.outDir).filter(
		(file) => /^(essays|projects|updates)\/[^/]+\/index\.html$/.test(file) && !/^updates\/\d+\//.test(file),
	);

beforeAll(async () => {
	build = await buildSite({ name: 'mirrors', content: 'tests/fixtures/site', base: BASE });
	if (build.exitCode !== 0) throw new Error(build.output);
});

describe('the Markdown mirrors', () => {
	test('exist for every published essay, project and update, linked from its page in the head and the text', () => {
		const pages = entryPages();
		expect(pages).toContain('essays/markdown-features/index.html');
		expect(pages.some((p) => p.startsWith('projects/'))).toBe(true);
		expect(pages.some((p) => p.startsWith('updates/'))).toBe(true);
		for (const file of pages) {
			const html = page(build.outDir, `/${file}`);
			const mirror = `${BASE}${file.replace(/index\.html$/, 'index.md')}`;
			expect(html.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href'), file).toBe(
				mirror,
			);
			const visible = html.querySelector(`main a[type="text/markdown"]`);
			expect(visible?.getAttribute('href'), file).toBe(mirror);
			expect(visible?.closest('[data-pagefind-ignore]'), `${file}: the link is not indexed`).not.toBeNull();
			expect(existsSync(path.join(build.outDir, file.replace(/index\.html$/, 'index.md'))), file).toBe(true);
		}
	});

	test('none exists for a draft or a scheduled essay', () => {
		for (const id of ['draft-essay', 'scheduled-essay']) {
			expect(existsSync(path.join(build.outDir, 'essays', id, 'index.md'))).toBe(false);
			expect(read('llms.txt')).not.toContain(id);
		}
	});

	test('hold the entry’s text as Markdown: title, summary, body, footnotes, absolute links, no page furniture', () => {
		const markdown = read('essays/markdown-features/index.md');
		expect(markdown.startsWith('# Markdown features\n')).toBe(true);
		expect(markdown).toContain('> Headings, a table, footnotes and a component.');
		expect(markdown).toContain(`- Web page: ${ORIGIN}${BASE}essays/markdown-features/`);
		expect(markdown).toMatch(/^## What is a lab\?$/m);
		expect(markdown).toMatch(/^\| Phase +\| Dates +\|$/m);
		expect(markdown).toMatch(/A claim with a source\.\[\^source\]/);
		expect(markdown).toMatch(/^\[\^source\]: \S/m);
		expect(markdown).not.toMatch(/Section titled|↩|<\/?[a-z][^>]*>/);
		for (const [, url] of markdown.matchAll(/\]\(([^)]+)\)/g)) expect(url).toMatch(/^https?:\/\//);
	});
});

describe('/llms.txt', () => {
	test('links every published entry’s mirror with its one-line summary, under the site’s name', () => {
		const text = read('llms.txt');
		expect(text).toMatch(/^# .+\n\n> .+\n/);
		const links = [...text.matchAll(/^- \[(.+)\]\((\S+)\): (.+)$/gm)];
		const expected = entryPages().map((file) => `${ORIGIN}${BASE}${file.replace(/index\.html$/, 'index.md')}`);
		expect(links.map(([, , url]) => url).sort()).toEqual(expected.sort());
		for (const [, title, url, summary] of links) {
			const file = url!.slice(`${ORIGIN}${BASE}`.length).replace(/index\.md$/, '');
			const html = page(build.outDir, `/${file}`);
			expect(title).toBe(html.querySelector('h1')?.text.trim());
			expect(summary).toBe(html.querySelector('meta[name="description"]')?.getAttribute('content'));
		}
	});
});

describe('the mirrors stay out of the sitemap and search', () => {
	test('the sitemap lists pages only, and the index holds no mirror', () => {
		const sitemap = read('sitemap-0.xml');
		expect(sitemap).toContain('/essays/markdown-features/');
		expect(sitemap).not.toMatch(/index\.md|llms\.txt/);
		expect(indexedPages(build.outDir).filter((r) => /\.(md|txt)$/.test(r.url))).toEqual([]);
	});
});
