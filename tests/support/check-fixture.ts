import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { outputRoot, repoRoot } from './paths';

const fixtures = path.join(repoRoot, 'tests/fixtures/checks');

/**
 * Lays a failure mode's files over the valid base fixture in tests/.output/checks/<mode>/content/ and returns
 * that project folder, so messages name `content/essays/…` exactly as editors see them.
 */
export function composeFixture(mode: string): string {
	const project = path.join(outputRoot, 'checks', mode);
	rmSync(project, { recursive: true, force: true });
	cpSync(path.join(fixtures, 'base'), path.join(project, 'content'), { recursive: true });
	if (mode !== 'base') cpSync(path.join(fixtures, mode), path.join(project, 'content'), { recursive: true });
	return project;
}

export interface RunResult {
	exitCode: number;
	stdout: string;
	stderr: string;
}

/** Runs a script of scripts/ with the repository's Node in `cwd`, as `npm run` would. */
export function runScript(
	script: string,
	args: string[],
	{ cwd = repoRoot, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], {
			cwd,
			env: { ...process.env, LAB_ESSAYS_NOW: '2026-11-26', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
	});
}

/** Runs the content check (the first half of `npm run check`) on a composed fixture. */
export const runCheck = (project: string) =>
	runScript('check-content.ts', [], { cwd: project, env: { LAB_ESSAYS_CONTENT: 'content' } });
