import { existsSync } from 'node:fs';
import path from 'node:path';
import { readYaml } from './frontmatter.ts';
import type { Problem } from '../problem.ts';
import { SiteSettingsSchema } from '../../../src/lib/schemas/site.ts';
import { displayPath, readSiteSettings, SITE_SETTINGS_FILE } from '../read-content.ts';

/** content/site.yaml as read from disk, or undefined when there is none. */
export interface SiteSettingsFile {
	/** The path printed in messages, e.g. `content/site.yaml`. */
	path: string;
	source: string;
}

// Fields that name a file in the content folder.
const FILE_FIELDS = [
	['shareImage', 'file'],
	['icons', 'svg'],
	['icons', 'ico'],
	['icons', 'appleTouch'],
	['icons', 'png192'],
	['icons', 'png512'],
] as const;

/**
 * Checks the site's settings like an entry: YAML, the schema (the same messages Astro prints) and that every file
 * it names exists (`exists` is asked with the path inside the content folder, e.g. `site/favicon.svg`).
 */
export function siteSettingsProblems(
	file: SiteSettingsFile | undefined,
	{ expectedPath, exists }: { expectedPath: string; exists: (relative: string) => boolean },
): Problem[] {
	if (!file) {
		return [
			{
				file: expectedPath,
				message:
					'The site’s settings are missing. Create the file with at least title, organisation, description and ' +
					'locale (see README, “Start your own site”, and content/README.md, “Site settings”).',
			},
		];
	}
	const where = { file: file.path, entry: 'site → site' };
	const { data, lineOf, problems } = readYaml(file.source, 1, where);
	if (problems.length) return problems;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return [{ ...where, line: 1, message: 'The file must be a list of `field: value` lines, e.g. `title: My site`.' }];
	}
	const result = SiteSettingsSchema.safeParse(data);
	if (!result.success) {
		// An unknown field is reported at the field itself, so its line is shown.
		return result.error.issues
			.flatMap((issue) =>
				(issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]).map(
					(at) => ({
						...where,
						field: at.map(String).join('.') || undefined,
						line: lineOf(at),
						message: issue.message,
					}),
				),
			)
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	}
	return FILE_FIELDS.flatMap(([group, field]) => {
		const value = (result.data[group] as Record<string, string | undefined>)[field];
		if (value === undefined || exists(value)) return [];
		return [
			{
				...where,
				field: `${group}.${field}`,
				line: lineOf([group, field]),
				message: `There is no file ${value} in the content folder. Add it, or correct the path (it is relative to the content folder, e.g. site/favicon.svg).`,
			},
		];
	});
}

/** {@link siteSettingsProblems} for the content folder at `root`, reading its site.yaml and the files it names. */
export function siteSettingsProblemsIn(root: string, cwd = process.cwd()): Problem[] {
	return siteSettingsProblems(readSiteSettings(root, cwd), {
		expectedPath: displayPath(path.join(root, SITE_SETTINGS_FILE), cwd),
		exists: (relative) => existsSync(path.join(root, relative)),
	});
}
