import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { astroNodeOptions } from '../lib/astro-node-options.ts';
import { measuredRun } from './measured-run.ts';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface AstroBuild {
	/** The content folder to build (LAB_ESSAYS_CONTENT). */
	content: string;
	/** Astro's cacheDir (LAB_ESSAYS_CACHE_DIR): the content layer store and any build caches. */
	cacheDir: string;
	outDir: string;
	/** Another Astro config file, e.g. the reference config; defaults to the site's astro.config.mjs. */
	config?: string;
	/** Where to write a V8 CPU profile of the build process, if wanted. */
	cpuProfDir?: string;
	/** The build's clock (LAB_ESSAYS_NOW). */
	now: string;
	/** Load MDX entries Astro's own way, each compiled to a module (LAB_ESSAYS_MDX_MODULES=on): the reference build. */
	mdxModules?: boolean;
}

export interface BuildRun {
	durationMs: number;
	/** User plus system CPU time of the whole build, when GNU time is installed. */
	cpuMs?: number;
	peakRssKb: number;
	/** stdout and stderr together. */
	output: string;
}

/**
 * Runs `astro build` itself (not the publishing wrapper scripts/build.ts, so ours and the reference do exactly the
 * same steps) in a child process, timing it and sampling the memory of its whole process tree.
 */
export async function runAstroBuild(build: AstroBuild): Promise<BuildRun> {
	// The same Node flags and environment as the publishing build, on both sides, so they compare like with like.
	const node = astroNodeOptions(totalmem());
	const args = [
		...node.flags,
		...(build.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', build.cpuProfDir] : []),
		astroBin,
		'build',
		'--outDir',
		build.outDir,
		...(build.config ? ['--config', build.config] : []),
	];
	const env = {
		...process.env,
		...node.env,
		LAB_ESSAYS_CONTENT: build.content,
		LAB_ESSAYS_CACHE_DIR: build.cacheDir,
		LAB_ESSAYS_NOW: build.now,
		LAB_ESSAYS_MDX_MODULES: build.mdxModules ? 'on' : 'off',
		ASTRO_TELEMETRY_DISABLED: '1',
		FORCE_COLOR: '0',
		NO_COLOR: '1',
	};
	const { exitCode, durationMs, cpuMs, peakRssKb, output } = await measuredRun(process.execPath, args, {
		cwd: repoRoot,
		env,
	});
	if (exitCode !== 0) {
		throw new Error(
			`astro build of ${build.content} failed (exit code ${exitCode}). Its last output:\n${output.slice(-3000)}`,
		);
	}
	return { durationMs, cpuMs, peakRssKb, output };
}
