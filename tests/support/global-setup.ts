import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite, type BuildOptions } from './build-site';
import { FIXTURE_CONTENT, outputRoot } from './paths';

/**
 * The builds the build and e2e layers share: the real site (tests/.output/site, every invariant runs over its pages)
 * and the fixture site (tests/.output/fixture, where wording, labels and counts are asserted).
 */
export const SHARED_BUILDS: readonly BuildOptions[] = [{ name: 'site' }, { name: 'fixture', content: FIXTURE_CONTENT }];

// Vitest runs each project's global setup in its own module graph but in the one main process, so what was built in
// this run is remembered on globalThis: when the build and e2e projects both run, the second reuses the first's builds.
const registry = ((globalThis as { [key: symbol]: Map<string, Promise<void>> | undefined })[
	Symbol.for('lab-essays.shared-builds')
] ??= new Map());

async function build(options: BuildOptions): Promise<void> {
	const what = options.content ?? 'content/';
	// For iterating on one test file by hand: LAB_ESSAYS_TEST_REUSE_BUILDS=1 keeps the builds of an earlier run.
	if (process.env.LAB_ESSAYS_TEST_REUSE_BUILDS === '1' && existsSync(path.join(outputRoot, options.name))) {
		console.log(`Reusing tests/.output/${options.name} from an earlier run (LAB_ESSAYS_TEST_REUSE_BUILDS=1).`);
		return;
	}
	const started = performance.now();
	const result = await buildSite(options);
	if (result.exitCode !== 0) {
		throw new Error(`Building ${what} for the tests failed:\n${result.output.slice(-4000)}`);
	}
	console.log(`Built ${what} into ${result.outDir} in ${Math.round((performance.now() - started) / 1000)} s.`);
}

/** Builds the shared sites once per test run, one after the other (the machines have two cores). */
export default async function setup(): Promise<void> {
	for (const options of SHARED_BUILDS) {
		const built = registry.get(options.name);
		if (built) console.log(`Reusing the ${options.name} build made earlier in this run.`);
		else registry.set(options.name, build(options));
		await registry.get(options.name);
	}
}
