import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../../scripts/lib/checks/frontmatter';
import { markdownPipelineFor } from '../../../src/lib/markdown/pipeline';
import { outlineBody, type BodyOutline } from '../../../src/lib/mdx/outline';
import { createMdxRenderer } from '../../../src/lib/mdx/render-mdx';
import { outlineKey } from '../../../src/loaders/outline-handoff';
import { handOutline } from '../../../src/loaders/rendered-mdx';
import { repoRoot } from '../../support/paths';

// In `astro build` the content check reads each body's outline from the content loader's parse of the whole file
// (frontmatter blanked) instead of parsing the body again: it must be exactly the outline the check's own parse of
// the body gives (`npm run check`), lines included, for every real entry, every fixture and files saved oddly.

const render = createMdxRenderer(markdownPipelineFor('/'), { sources: [], datasets: new Map(), base: '/' });

/** The outline the loader hands over for a file's text, and the body the check reads from it. */
function loaderOutline(source: string): { handed?: BodyOutline; body?: string } {
	const outlines = new Map<string, BodyOutline>();
	try {
		render(
			source.replace(/^\uFEFF/, ''),
			'/site/content/essays/x.mdx',
			handOutline(outlines, source.replace(/^\uFEFF/, '')),
		);
	} catch {
		// Fixtures with mistakes: the outline is handed over on parsing, before the components are expanded.
	}
	const { entry } = parseEntry({ collection: 'essays', relativePath: 'x.mdx', path: 'x.mdx', source });
	return { handed: entry && outlines.get(outlineKey(entry.body)), body: entry?.body };
}

const mdxFiles = (folder: string): string[] =>
	readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => path.join(folder, file))
		.sort();

const files = [...mdxFiles('content'), ...mdxFiles('tests/fixtures')];

describe('the outline the content loader hands the content check', () => {
	test('the files are found', () => {
		expect(files.length).toBeGreaterThan(30);
		expect(files).toContain('tests/fixtures/checks/unusual-files/updates/windows-line-endings.mdx');
	});

	test.each(files)('equals the check’s own parse of the body: %s', (file) => {
		const source = readFileSync(path.join(repoRoot, file), 'utf8');
		const { handed, body } = loaderOutline(source);
		if (body === undefined) return; // the frontmatter is unreadable, so the check reads no body either
		let own: BodyOutline | undefined;
		try {
			own = outlineBody(body);
		} catch {
			// MDX that cannot be parsed: the loader hands nothing over either, and the check parses it to report it.
		}
		expect(handed).toEqual(own);
	});

	const realEntry = readFileSync(path.join(repoRoot, files[0]!), 'utf8');
	test.each([
		['Windows line endings', realEntry.replace(/\r?\n/g, '\r\n')],
		['a byte-order mark', `\uFEFF${realEntry}`],
		['both', `\uFEFF${realEntry.replace(/\r?\n/g, '\r\n')}`],
		[
			'blank lines before the closing fence and a multi-line component',
			'---\r\ntitle: x\r\n\r\n---   \r\n\r\n## A\r\n\r\n<Callout\r\n  type="note"\r\n  href="/a/">\r\n\r\nSee [b](/b/).[^1]\r\n\r\n</Callout>\r\n\r\n[^1]: Note.\r\n',
		],
	])('equals it for a file saved with %s, lines included', (_what, source) => {
		const { handed, body } = loaderOutline(source);
		expect(handed).toBeDefined();
		expect(handed).toEqual(outlineBody(body!));
		expect(handed!.links.length).toBeGreaterThan(0);
	});

	test('is not handed over when the loader reads the frontmatter differently: the check parses the body itself', () => {
		expect(loaderOutline('---  \ntitle: x\n---\n\n## A\n').handed).toBeUndefined();
	});
});
