import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { outputRoot, repoRoot, TEST_NOW } from './paths';

export interface BuildOptions {
	/** Names the output folder under tests/.output/ and the build's private cache. */
	name: string;
	/** A content folder to build instead of content/, e.g. 'tests/fixtures/site'. */
	content?: string;
	/** Astro's base, as the BASE_PATH environment variable sets it. */
	base?: string;
	/** The build's clock (LAB_ESSAYS_NOW). */
	now?: string;
	env?: Record<string, string>;
	/** The command to run, or a function of the output folder; defaults to `astro build`. `verifiedBuild` runs `npm run build`'s pipeline. */
	command?: string[] | ((outDir: string) => string[]);
	/** Empty the output folder first (default); `false` keeps it, to test that a failed build leaves it alone. */
	clean?: boolean;
}

/** The command of `npm run build` (build into a temporary folder, verify, swap), writing to `outDir`. */
export const verifiedBuild = (outDir: string): string[] => [
	path.join(repoRoot, 'scripts/build.ts'),
	'--outDir',
	outDir,
];

export interface BuildResult {
	outDir: string;
	exitCode: number;
	/** stdout and stderr together, without colour codes. */
	output: string;
}

/**
 * Builds the site with the real pipeline in a child process (Astro's build must not share the test's Vite),
 * writing to tests/.output/<name>. Resolves even when the build fails, so tests can assert on the error.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	const outDir = path.join(outputRoot, options.name);
	if (options.clean ?? true) await rm(outDir, { recursive: true, force: true });
	const command = (typeof options.command === 'function' ? options.command(outDir) : options.command) ?? [
		path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
		'build',
		'--outDir',
		outDir,
	];
	const env: NodeJS.ProcessEnv = {
		...process.env,
		LAB_ESSAYS_NOW: options.now ?? TEST_NOW,
		FORCE_COLOR: '0',
		NO_COLOR: '1',
		ASTRO_TELEMETRY_DISABLED: '1',
		...options.env,
	};
	// Vitest puts Vite's own variables in process.env; a child Astro build would read BASE_URL from them.
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
	if (options.content) {
		env.LAB_ESSAYS_CONTENT = path.resolve(repoRoot, options.content);
		env.LAB_ESSAYS_CACHE_DIR = path.join(repoRoot, 'node_modules/.astro-test', options.name);
	}
	if (options.base) env.BASE_PATH = options.base;
	// Vitest puts Vite's import.meta.env values (BASE_URL='/', MODE, DEV, PROD, SSR) into process.env; a child build
	// inheriting them would take BASE_URL='/' over its own base.
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];

	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, command, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ outDir, exitCode: code ?? 1, output: stripAnsi(output) }));
	});
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
