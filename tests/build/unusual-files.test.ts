import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, verifiedBuild, type BuildResult } from '../support/build-site';
import { composeFixture, runCheck, type RunResult } from '../support/check-fixture';
import { page } from '../support/dist';
import { outputRoot, repoRoot } from '../support/paths';

// Valid files saved in ways editors' tools do: Windows line endings, a byte-order mark, a file name that is not
// ASCII. They must pass the check and build like any other, through `npm run build`'s verification.
const overlay = path.join(repoRoot, 'tests/fixtures/checks/unusual-files');
const content = path.join(outputRoot, 'unusual-files-content');

let check: RunResult;
let build: BuildResult;
beforeAll(async () => {
	check = await runCheck(composeFixture('unusual-files'));
	rmSync(content, { recursive: true, force: true });
	cpSync(path.join(repoRoot, 'tests/fixtures/site'), content, { recursive: true });
	cpSync(overlay, content, { recursive: true });
	build = await buildSite({ name: 'unusual-files', content, command: verifiedBuild });
}, 600_000);

describe('unusual but valid files', () => {
	test('pass the content check', () => {
		expect(check.stderr).toBe('');
		expect(check.exitCode).toBe(0);
	});

	test('build and pass the verification', () => {
		expect(build.exitCode, build.output.slice(-3000)).toBe(0);
		expect(build.output).toMatch(/Verified \d+ pages/);
	});

	test.each([
		['/updates/windows-line-endings/', 'Written on Windows'],
		['/updates/byte-order-mark/', 'Saved with a byte-order mark'],
		['/updates/café-visit/', 'Café visit'],
	])('%s is a page with its title', (url, title) => {
		expect(page(build.outDir, url).querySelector('h1')?.textContent).toBe(title);
	});

	test('the frontmatter of a file with a byte-order mark is not shown as text', () => {
		const body = page(build.outDir, '/updates/byte-order-mark/').querySelector('main')?.textContent ?? '';
		expect(body).toContain('Read the Windows update');
		expect(body).not.toContain('summary:');
	});

	test('a YAML file with a byte-order mark and Windows line endings is read: the author is named', () => {
		expect(page(build.outDir, '/updates/byte-order-mark/').textContent).toContain('The team');
	});
});
