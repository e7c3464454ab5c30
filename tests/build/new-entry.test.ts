import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { composeFixture, runCheck, runScript } from '../support/check-fixture';

// `npm run new` in a copy of the valid check fixture, with today injected through LAB_ESSAYS_NOW.
let project: string;
const newEntry = (...args: string[]) =>
	runScript('new.ts', args, { cwd: project, env: { LAB_ESSAYS_CONTENT: 'content', LAB_ESSAYS_NOW: '2026-11-26' } });

const created: Record<string, string> = {};
beforeAll(async () => {
	project = composeFixture('base');
	for (const kind of ['essay', 'update', 'project', 'page']) {
		const result = await newEntry(kind, `A new ${kind}: first steps`);
		expect(result.exitCode, result.stderr).toBe(0);
		created[kind] = result.stdout.split('\n')[0]!;
	}
});

describe('npm run new', () => {
	test('creates each kind of entry with the slug from the title and prints its path', () => {
		expect(created).toEqual({
			essay: 'content/essays/a-new-essay-first-steps.mdx',
			update: 'content/updates/a-new-update-first-steps.mdx',
			project: 'content/projects/a-new-project-first-steps.mdx',
			page: 'content/pages/a-new-page-first-steps.mdx',
		});
	});

	test('gives an essay today’s date and the next free number in its project', () => {
		const essay = readFileSync(path.join(project, created.essay!), 'utf8');
		expect(essay).toContain('\npublished: 2026-11-26\n');
		expect(essay).toContain('\nproject: pilot\nnumber: 3\n');
	});

	test('leaves placeholders the check rejects, and passes once they are filled in', async () => {
		const before = await runCheck(project);
		expect(before.exitCode).toBe(1);
		for (const file of Object.values(created)) expect(before.stderr).toContain(file);

		for (const file of Object.values(created)) {
			const full = path.join(project, file);
			const filled = readFileSync(full, 'utf8')
				.replace(/"TODO: file names from [^"]*"/, 'lab')
				.replace(/"TODO: a file name from [^"]*"/, 'lab')
				.replace(/"TODO: the question[^"]*"/, '"What comes next?"')
				.replace(/"TODO: [^"]*"/g, '"Written."')
				.replace(/^TODO: .*$/m, 'The text.');
			writeFileSync(full, filled);
		}
		const after = await runCheck(project);
		expect(after.stderr).toBe('');
		expect(after.exitCode).toBe(0);
	});

	test('never overwrites: an existing file is an error naming it, and the file is untouched', async () => {
		const file = path.join(project, created.essay!);
		writeFileSync(file, 'Edited by hand.\n');
		const before = statSync(file).mtimeMs;
		const result = await newEntry('essay', 'A new essay: first steps');
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toMatchInlineSnapshot(
			`"content/essays/a-new-essay-first-steps.mdx already exists, so nothing was written. Choose another title, or edit that file."`,
		);
		expect(readFileSync(file, 'utf8')).toBe('Edited by hand.\n');
		expect(statSync(file).mtimeMs).toBe(before);
	});

	test('refuses a file that would share the slug of another, whatever its extension', async () => {
		writeFileSync(path.join(project, 'content/updates/taken.md'), '---\ntitle: Taken\n---\n');
		const result = await newEntry('update', 'Taken');
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toMatchInlineSnapshot(
			`"content/updates/taken.md already exists, so nothing was written. Choose another title, or edit that file."`,
		);
	});

	test('explains how to call it when the kind or title is missing', async () => {
		const result = await newEntry('post', 'Hello');
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toMatchInlineSnapshot(
			`"Usage: npm run new -- essay|update|project|page "Title" [--project <project id>]"`,
		);
	});
});
