import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot, TEST_NOW } from './paths';

export interface DevServer {
	/** e.g. http://127.0.0.1:43121 */
	origin: string;
	/** Everything the server printed so far. */
	output(): string;
	close(): Promise<void>;
}

/**
 * Starts `astro dev` on 127.0.0.1 at an OS-assigned port (port 0, so parallel runs never clash) for a content
 * folder, and resolves once it serves `readyPath`. `close()` stops it.
 */
export async function startDevServer(options: {
	name: string;
	content: string;
	now?: string;
	readyPath?: string;
}): Promise<DevServer> {
	const server = await launch(options);
	// Vite may restart once while it optimises dependencies; until then pages can 404. Wait for a real page.
	for (let attempt = 0; attempt < 60; attempt++) {
		const response = await fetch(`${server.origin}${options.readyPath ?? '/'}`).catch(() => undefined);
		if (response?.status === 200) return server;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await server.close();
	throw new Error(`astro dev never served ${options.readyPath ?? '/'}:\n${server.output()}`);
}

// Astro's dev server changes its behaviour under Vitest (VITEST set: every page 404s), so the child gets an
// environment without the test runner's variables.
const withoutTestRunner = (env: NodeJS.ProcessEnv) =>
	Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));

function launch({ name, content, now = TEST_NOW }: { name: string; content: string; now?: string }) {
	const child: ChildProcess = spawn(
		process.execPath,
		[path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'],
		{
			cwd: repoRoot,
			env: {
				...withoutTestRunner(process.env),
				LAB_ESSAYS_CONTENT: path.resolve(repoRoot, content),
				LAB_ESSAYS_CACHE_DIR: path.join(repoRoot, 'node_modules/.astro-test', name),
				LAB_ESSAYS_NOW: now,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
	return new Promise<DevServer>((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk;
			const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
			if (match) {
				resolve({
					origin: `http://127.0.0.1:${match[1]}`,
					output: () => output,
					close: async () => {
						child.kill('SIGTERM');
						await closed;
					},
				});
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.on('error', reject);
		closed.then(() => reject(new Error(`astro dev stopped before it was ready:\n${output}`)));
	});
}
