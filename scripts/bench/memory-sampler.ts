import { readdirSync, readFileSync } from 'node:fs';
import { descendants, parentPid, residentKb } from './process-tree.ts';

/** Reads a /proc file, or undefined when the process has gone in the meantime. */
function read(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** Resident memory of `root` and all its descendants right now, in kB (Linux /proc). */
export function treeResidentKb(root: number): number {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const ppid = parentPid(read(`/proc/${name}/stat`) ?? '');
		if (ppid !== undefined) parents.set(Number(name), ppid);
	}
	return descendants(root, parents).reduce((sum, pid) => sum + residentKb(read(`/proc/${pid}/status`) ?? ''), 0);
}

/**
 * Samples the process tree under `root` every `intervalMs` and remembers the peak.
 * Call `stop()` when the process exits; it returns the peak in kB.
 */
export function samplePeakMemory(root: number, intervalMs = 100): { stop: () => number } {
	let peak = 0;
	const sample = () => {
		peak = Math.max(peak, treeResidentKb(root));
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
}
