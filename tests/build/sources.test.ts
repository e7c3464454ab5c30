import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citationText } from '../../src/lib/citation';
import { SourceSchema } from '../../src/lib/schemas';
import { htmlFiles, page } from '../support/dist';
import { repoRoot, siteDist } from '../support/paths';

// The real site's footnotes against its bibliography, content/sources/sources.yaml.
const bibliography = SourceSchema.array().parse(
	parseYaml(readFileSync(`${repoRoot}content/sources/sources.yaml`, 'utf8')),
);
const byId = new Map(bibliography.map((source) => [source.id, source]));

/** Every built page that has footnotes, with its footnotes. */
const footnoted = htmlFiles(siteDist)
	.map((file) => ({ file, notes: page(siteDist, `/${file}`).querySelectorAll('section.footnotes li') }))
	.filter(({ notes }) => notes.length > 0);

describe('footnotes', () => {
	test('are found on every essay page', () => {
		const essays = htmlFiles(siteDist).filter((file) => /^essays\/[^/]+\/index\.html$/.test(file));
		expect(essays.length).toBeGreaterThan(0);
		expect(footnoted.map(({ file }) => file)).toEqual(expect.arrayContaining(essays));
	});

	test.each(footnoted)('on $file each cite a known source, linked unless it has no address', ({ file, notes }) => {
		notes.forEach((note, i) => {
			const where = `${file}, footnote ${i + 1}`;
			const cited = note.querySelectorAll('.source[data-source-id]');
			expect(cited.length, `${where} cites no <Source>`).toBeGreaterThan(0);
			for (const citation of cited) {
				const source = byId.get(citation.getAttribute('data-source-id')!);
				expect(source, `${where}: unknown source id`).toBeDefined();
				expect(citation.text, where).toBe(citationText(source!));
				const links = citation.querySelectorAll('a').map((a) => a.getAttribute('href'));
				expect(links, where).toEqual(source!.url ? [source!.url] : []);
			}
		});
	});
});

describe('content/sources/sources.yaml', () => {
	test('has unique ids', () => {
		expect(byId.size).toBe(bibliography.length);
	});

	test('lists only sources that some footnote cites', () => {
		const cited = new Set(
			footnoted.flatMap(({ notes }) =>
				notes.flatMap((note) =>
					note.querySelectorAll('[data-source-id]').map((el) => el.getAttribute('data-source-id')),
				),
			),
		);
		const uncited = bibliography.map(({ id }) => id).filter((id) => !cited.has(id));
		expect(uncited, 'Cite these sources in a footnote with <Source id="…" />, or remove them').toEqual([]);
	});
});
