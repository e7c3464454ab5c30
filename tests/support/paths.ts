import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Where test builds are written (git-ignored). */
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));
/** The real site, built once per test run by global-setup.ts. */
export const siteDist = `${outputRoot}site`;
/** The clock every test build uses, so scheduling never depends on the day the tests run. */
export const TEST_NOW = '2026-11-26T12:00:00Z';
