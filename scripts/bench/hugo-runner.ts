import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusFile } from './corpus.ts';
import { hugoSiteFiles } from './hugo-site.ts';
import { measuredRun } from './measured-run.ts';

/** One Hugo build of the corpus: wall and CPU time, peak memory, pages written. */
export interface HugoRun {
	durationMs: number;
	cpuMs?: number;
	peakRssKb: number;
	version: string;
}

/** Hugo's version line, or undefined when `hugo` is not installed (Debian's `hugo` package). */
export function hugoVersion(): string | undefined {
	const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Writes the corpus as a Hugo site into `siteDir` (emptied first). */
export async function writeHugoSite(corpus: readonly CorpusFile[], siteDir: string): Promise<void> {
	await rm(siteDir, { recursive: true, force: true });
	for (const file of hugoSiteFiles(corpus)) {
		const target = path.join(siteDir, file.path);
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, file.contents);
	}
}

/** A cold Hugo build of `siteDir` into `outDir`: no output, no cache, timed like `astro build`. */
export async function runHugoBuild(siteDir: string, outDir: string, version: string): Promise<HugoRun> {
	await rm(outDir, { recursive: true, force: true });
	const cacheDir = path.resolve(`${outDir}-cache`);
	await rm(cacheDir, { recursive: true, force: true });
	// Absolute, because Hugo resolves a relative destination against the source folder.
	const args = [
		'--quiet',
		'--source',
		path.resolve(siteDir),
		'--destination',
		path.resolve(outDir),
		'--cacheDir',
		cacheDir,
	];
	const { exitCode, durationMs, cpuMs, peakRssKb, output } = await measuredRun('hugo', args);
	if (exitCode !== 0)
		throw new Error(`hugo build of ${siteDir} failed (exit code ${exitCode}):\n${output.slice(-3000)}`);
	return { durationMs, cpuMs, peakRssKb, version };
}
