/** Reading the line GNU time (`/usr/bin/time -f`) prints about a finished command. */

/** The format passed to `/usr/bin/time -f`: a marker, then wall seconds, user and system CPU seconds, max RSS in kB. */
export const TIME_FORMAT = '__bench_time__ %e %U %S %M';

export interface TimeReport {
	wallMs: number;
	/** User plus system CPU time of the command and every child it waited for. */
	cpuMs: number;
}

/** Finds GNU time's line in a command's stderr: `'… __bench_time__ 51.20 80.10 4.90 2711000'` → wall 51200, cpu 85000. */
export function parseTimeReport(output: string): TimeReport | undefined {
	const match = /__bench_time__ ([\d.]+) ([\d.]+) ([\d.]+) \d+/.exec(output);
	if (!match) return undefined;
	const [wall, user, system] = match.slice(1).map(Number) as [number, number, number];
	return { wallMs: Math.round(wall * 1000), cpuMs: Math.round((user + system) * 1000) };
}
