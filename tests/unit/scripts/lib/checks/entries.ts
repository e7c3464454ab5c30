import { parseEntry } from '../../../../../scripts/lib/checks/frontmatter';
import type { CollectionName, EntryFile, ParsedEntry } from '../../../../../scripts/lib/checks/types';

/** A source file as the check reads it: `file('essays', 'x.mdx', 'title: X', 'Body')`. */
export function file(collection: CollectionName, relativePath: string, frontmatter: string, body = ''): EntryFile {
	const source = /\.ya?ml$/.test(relativePath) ? frontmatter : `---\n${frontmatter}\n---\n${body}`;
	return { collection, relativePath, path: `content/${collection}/${relativePath}`, source };
}

/** A parsed entry; fails the test when the frontmatter cannot be read. */
export function entry(...args: Parameters<typeof file>): ParsedEntry {
	const { entry: parsed, problems } = parseEntry(file(...args));
	if (!parsed) throw new Error(problems.map((p) => p.message).join('\n'));
	return parsed;
}

/** A valid essay's frontmatter with some lines replaced: `essay({ number: '3' })`. */
export function essayFrontmatter(overrides: Record<string, string> = {}): string {
	const fields: Record<string, string> = {
		title: 'An essay',
		subtitle: 'A subtitle.',
		summary: 'A summary.',
		project: 'pilot',
		number: '1',
		authors: '[lab]',
		published: '2018-05-01',
		...overrides,
	};
	return Object.entries(fields)
		.filter(([, value]) => value !== '')
		.map(([key, value]) => `${key}: ${value}`)
		.join('\n');
}
