import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citationText } from '../../src/lib/citation';
import { SourceSchema } from '../../src/lib/schemas';
import { htmlFiles, page } from '../support/dist';
import { fixtureDist, siteContent, siteDist } from '../support/paths';

// The real site's footnotes against its bibliography, content/sources/sources.yaml: every citation on every page
// names a known source and prints it as citationText does. Which essays cite what is the editors' choice.
const bibliography = SourceSchema.array().parse(
	parseYaml(readFileSync(path.join(siteContent, 'sources/sources.yaml'), 'utf8')),
);
const byId = new Map(bibliography.map((source) => [source.id, source]));

/** Every built page that has footnotes, with its footnotes. */
const footnoted = htmlFiles(siteDist)
	.map((file) => ({ file, notes: page(siteDist, `/${file}`).querySelectorAll('section.footnotes li') }))
	.filter(({ notes }) => notes.length > 0);

describe('footnotes', () => {
	test('are found on the fixture’s essays, each citing its source with a link', () => {
		const notes = page(fixtureDist, '/essays/survey-findings/').querySelectorAll('section.footnotes li');
		expect(notes).toHaveLength(1);
		const citation = notes[0]!.querySelector('.source[data-source-id="fixture-source"]');
		expect(citation?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/source');
		expect(citation?.text).toContain('A fixture source');
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
});
