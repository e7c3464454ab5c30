import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import type { HTMLElement, Node } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VOCABULARY_FILE } from '../../src/lib/search/vocabulary';
import { page } from '../support/dist';
import { indexedPages } from '../support/pagefind-index';
import { siteDist } from '../support/paths';
import { serveDist } from '../support/serve';

// Excerpts read as prose: what the real site's Pagefind index holds is the text a reader reads, with word
// boundaries where the page has them. Invariants over every indexed page, no wording pinned.

const records = indexedPages(siteDist);
const bodyOf = (url: string) => page(siteDist, url).querySelector('[data-pagefind-body]')!;
const tokens = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Every word of every text node of an element, each node on its own: words a page really has. */
function pageWords(element: Node, words = new Set<string>()): Set<string> {
	for (const child of element.childNodes) {
		if (child.nodeType === 3) for (const word of tokens(child.rawText)) words.add(word);
		else pageWords(child, words);
	}
	return words;
}

describe('the indexed text of every page', () => {
	test.each(records.map((r) => r.url))('%s: has no word made of two run together', (url) => {
		const record = records.find((r) => r.url === url)!;
		const words = pageWords(bodyOf(url));
		const runTogether = tokens(record.content).filter((word) => !words.has(word));
		expect(runTogether).toEqual([]);
	});

	test.each(records.map((r) => r.url))('%s: holds no heading-anchor label or back-link', (url) => {
		const record = records.find((r) => r.url === url)!;
		for (const anchor of bodyOf(url).querySelectorAll('.heading-anchor')) {
			expect(record.content).not.toContain(anchor.text.trim());
		}
		expect(record.content).not.toContain('↩');
	});

	test.each(records.map((r) => r.url))('%s: holds no note number after the text it follows', (url) => {
		const record = records.find((r) => r.url === url)!;
		const refs = bodyOf(url).querySelectorAll('sup:has(a[data-footnote-ref])');
		for (const ref of refs) {
			// The word just before the number, when the number follows text (not another number).
			const previous = ref.previousSibling;
			const before = previous?.nodeType === 3 ? (previous.rawText.trimEnd().split(/\s+/).at(-1) ?? '') : '';
			// Punctuation alone (the number follows a link's full stop) would match any numbered list: skip it.
			if (!/\p{L}/u.test(before)) continue;
			const escaped = before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			expect(record.content).not.toMatch(new RegExp(`${escaped}\\s*${(ref as HTMLElement).text.trim()}\\b`));
		}
	});

	test('the real site has note numbers and heading anchors to leave out', () => {
		const html = records.map((r) => bodyOf(r.url).innerHTML).join('');
		expect(html).toContain('data-footnote-ref');
		expect(html).toContain('heading-anchor');
	});
});

describe('excerpts Pagefind returns', () => {
	let origin: string;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const server = await serveDist(siteDist);
		origin = server.origin;
		close = server.close;
	});
	afterAll(() => close());

	test('read as prose for the site’s most used words', async () => {
		const pagefind = await import(`${pathToFileURL(`${siteDist}/pagefind/pagefind.js`).href}?${Date.now()}`);
		await pagefind.options({ basePath: `${origin}/pagefind/`, excerptLength: 24 });
		const common = readFileSync(`${siteDist}/${VOCABULARY_FILE}`, 'utf8').split('\n').slice(20, 40);
		for (const word of common) {
			for (const result of (await pagefind.search(word)).results.slice(0, 5)) {
				const { excerpt, url } = await result.data();
				const text = excerpt.replace(/<\/?mark>/g, '');
				const words = pageWords(bodyOf(new URL(url, origin).pathname));
				expect(text, url).not.toMatch(/Section titled|↩/);
				expect(
					tokens(text).filter((w) => !words.has(w)),
					`${url}: ${text}`,
				).toEqual([]);
			}
		}
	});
});
