import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { samplePeakMemory } from './memory-sampler.ts';
import { parseTimeReport, TIME_FORMAT } from './time-report.ts';

// GNU time reports the CPU time of the command and the children it waited for, which other work on a shared
// machine barely changes; without it only wall time is measured.
const gnuTime = '/usr/bin/time';

/** What one measured command took: wall time, CPU time (when GNU time is there), peak memory, and what it printed. */
export interface MeasuredRun {
	exitCode: number;
	durationMs: number;
	cpuMs: number | undefined;
	peakRssKb: number;
	/** stdout and stderr together. */
	output: string;
}

/** Runs a command to its end under GNU time (when installed), sampling the peak memory of its process tree. */
export async function measuredRun(
	command: string,
	args: readonly string[],
	options: Pick<SpawnOptions, 'cwd' | 'env'> = {},
): Promise<MeasuredRun> {
	const [file, fileArgs] = existsSync(gnuTime)
		? [gnuTime, ['-f', TIME_FORMAT, command, ...args]]
		: [command, [...args]];
	const started = performance.now();
	const child = spawn(file, fileArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
	const sampler = samplePeakMemory(child.pid as number);
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exitCode = await new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	});
	const durationMs = Math.round(performance.now() - started);
	return { exitCode, durationMs, cpuMs: parseTimeReport(output)?.cpuMs, peakRssKb: sampler.stop(), output };
}
