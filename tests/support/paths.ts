import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Where test builds are written (git-ignored). */
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));
/** The real site's content folder: content/, or the folder LAB_ESSAYS_CONTENT names for the whole run. */
export const siteContent = process.env.LAB_ESSAYS_CONTENT
	? path.resolve(repoRoot, process.env.LAB_ESSAYS_CONTENT)
	: path.join(repoRoot, 'content');
/** The real site, built once per test run by global-setup.ts: invariants run over every one of its pages. */
export const siteDist = `${outputRoot}site`;
/** The fixture site's content folder: wording, labels and counts are asserted on it, never on content/. */
export const FIXTURE_CONTENT = 'tests/fixtures/site';
/** The fixture site, built once per test run by global-setup.ts (at TEST_NOW, at the domain root). */
export const fixtureDist = `${outputRoot}fixture`;
/** The clock every test build uses, so scheduling never depends on the day the tests run. */
export const TEST_NOW = '2026-11-26T12:00:00Z';
