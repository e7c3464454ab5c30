// `npm run new -- essay|update|project|page "Title" [--project <id>]`: creates a new entry with every required
// field and prints its path. Never overwrites: an existing file is an error and stays untouched.
// LAB_ESSAYS_NOW sets today's date; LAB_ESSAYS_CONTENT picks another content folder.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseEntry } from './lib/checks/frontmatter.ts';
import { entryId } from '../src/lib/content/entry-id.ts';
import { isoDate } from '../src/lib/format.ts';
import { settings } from '../src/settings.ts';
import { contentRoot, readContent } from './lib/read-content.ts';
import { KINDS, scaffold, type ExistingContent, type Kind } from './lib/scaffold.ts';

const USAGE = 'Usage: npm run new -- essay|update|project|page "Title" [--project <project id>]';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { project: { type: 'string' } } });
const [kind, ...titleWords] = positionals;
const title = titleWords.join(' ').trim();
if (!kind || !(kind in KINDS) || !title) fail(USAGE);

const root = contentRoot();
const files = readContent(root);
const entries = files.flatMap((file) =>
	file.collection === 'sources' ? [] : (parseEntry({ ...file, collection: file.collection }).entry ?? []),
);
const existing: ExistingContent = {
	essays: entries
		.filter((entry) => entry.collection === 'essays')
		.flatMap(({ data }) =>
			typeof data.project === 'string' && typeof data.number === 'number'
				? [{ project: data.project, number: data.number }]
				: [],
		),
	// Newest first, so a new essay or update defaults to the project that started last.
	projects: entries
		.filter((entry) => entry.collection === 'projects')
		.map((entry) => ({ id: entry.id, start: entry.data.start instanceof Date ? entry.data.start.getTime() : 0 }))
		.sort((a, b) => b.start - a.start)
		.map((project) => project.id),
};

let created;
try {
	created = scaffold(kind as Kind, title, {
		today: isoDate(settings.now),
		existing,
		project: values.project,
	});
} catch (error) {
	fail((error as Error).message);
}

const target = path.join(root, created.path);
const shown = path.relative(process.cwd(), target);
// Another file with the same slug (say, .md beside .mdx) would give the same address.
const clash = files.find(
	(file) =>
		file.collection === KINDS[kind as Kind] && entryId(file.relativePath) === entryId(path.basename(created.path)),
);
if (clash) fail(`${clash.path} already exists, so nothing was written. Choose another title, or edit that file.`);
try {
	writeFileSync(target, created.text, { flag: 'wx' });
} catch (error) {
	if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
		fail(`${shown} already exists, so nothing was written. Choose another title, or edit that file.`);
	}
	throw error;
}
console.log(shown);
for (const note of created.notes) console.log(`Note: ${note}`);
console.log('Replace every TODO, then preview with `npm run dev` and run `npm run check`.');
