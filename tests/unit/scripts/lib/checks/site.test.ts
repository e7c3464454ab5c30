import { describe, expect, test } from 'vitest';
import { siteSettingsProblems } from '../../../../../scripts/lib/checks/site';

const VALID = [
	'title: Field Notes',
	'organisation: Northfield Research Group',
	'description: Essays.',
	'locale: en-GB',
];
const file = (...lines: string[]) => ({ path: 'content/site.yaml', source: `${lines.join('\n')}\n` });
const options = { expectedPath: 'content/site.yaml', exists: (relative: string) => relative === 'site/icon.svg' };

describe('siteSettingsProblems', () => {
	test('finds nothing wrong with valid settings whose files exist', () => {
		expect(siteSettingsProblems(file(...VALID, 'icons:', '  svg: site/icon.svg'), options)).toEqual([]);
	});

	test('asks for the file when there is none', () => {
		expect(siteSettingsProblems(undefined, options)).toMatchInlineSnapshot(`
			[
			  {
			    "file": "content/site.yaml",
			    "message": "The site’s settings are missing. Create the file with at least title, organisation, description and locale (see README, “Start your own site”, and content/README.md, “Site settings”).",
			  },
			]
		`);
	});

	test('names the line of each mistake, an unknown field at the field itself', () => {
		const problems = siteSettingsProblems(
			file(...VALID, 'manifest:', '  themeColour: "#000000"', 'navigation:', '  essays: ""'),
			options,
		);
		expect(problems.map(({ line, field, message }) => ({ line, field, message }))).toMatchInlineSnapshot(`
			[
			  {
			    "field": "manifest.themeColour",
			    "line": 6,
			    "message": "Unknown field \`themeColour\`; the fields here are: name, shortName, description, themeColor, backgroundColor.",
			  },
			  {
			    "field": "navigation.essays",
			    "line": 8,
			    "message": "Must not be empty.",
			  },
			]
		`);
	});

	test('names a file that is not in the content folder', () => {
		expect(siteSettingsProblems(file(...VALID, 'shareImage:', '  file: site/share.png'), options)).toEqual([
			{
				file: 'content/site.yaml',
				entry: 'site → site',
				field: 'shareImage.file',
				line: 6,
				message:
					'There is no file site/share.png in the content folder. Add it, or correct the path (it is relative to the content folder, e.g. site/favicon.svg).',
			},
		]);
	});

	test('reports YAML that cannot be read, and a file that is not a list of fields', () => {
		expect(siteSettingsProblems(file('title: "Field Notes'), options)[0]?.message).toMatch(
			/^The file is not valid YAML/,
		);
		expect(siteSettingsProblems(file('- title'), options)[0]?.message).toBe(
			'The file must be a list of `field: value` lines, e.g. `title: My site`.',
		);
	});
});
