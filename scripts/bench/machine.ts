import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Machine } from './results.ts';

/** The CPU model from the text of /proc/cpuinfo: `cpuModel('model name\t: AMD EPYC\n') => 'AMD EPYC'`. */
export function cpuModel(cpuinfo: string): string {
	return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
}

/** The machine the numbers come from. */
export function describeMachine(): Machine {
	let cpuinfo = '';
	try {
		cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
	} catch {
		// Not Linux: fall back to what Node knows.
	}
	const astro = JSON.parse(readFileSync(new URL('../../node_modules/astro/package.json', import.meta.url), 'utf8'));
	return {
		cpu: cpuinfo ? cpuModel(cpuinfo) : (os.cpus()[0]?.model ?? 'unknown CPU'),
		cores: os.availableParallelism(),
		memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
		node: process.version,
		astro: astro.version,
	};
}
