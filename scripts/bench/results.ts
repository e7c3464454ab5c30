/** The shape of .bench/results.json and the arithmetic on it. */

/** One pipeline's builds of one corpus. */
export interface PipelineResult {
	/** `astro build` from an empty cache and output folder, in milliseconds. */
	coldMs: number;
	/** `astro build` again after editing one essay, cache and output kept, in milliseconds. */
	warmMs?: number;
	/** CPU time (user + system, whole process tree) of the cold build; steadier than wall time on a busy machine. */
	coldCpuMs?: number;
	/** CPU time of the warm rebuild. */
	warmCpuMs?: number;
	/** Peak resident memory of the whole build process tree during the cold build, in MB. */
	peakRssMb: number;
	/** The same during the warm rebuild. */
	warmPeakRssMb?: number;
}

/** Pagefind over our built site, timed on its own. */
export interface PagefindResult {
	/** Indexing the built HTML and writing the index, in milliseconds. */
	indexMs: number;
	/** Size of `dist/pagefind/` on disk, in kB. */
	sizeKb: number;
	/** Pages in the index. */
	pages: number;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
	essays: number;
	ours: PipelineResult;
	/** The same corpus built with Astro's default Sätteri processor; absent with --no-reference. */
	reference?: PipelineResult;
	/** ours.coldMs / reference.coldMs, to two decimals; null without a reference build. */
	ratio: number | null;
	/** ours.coldCpuMs / reference.coldCpuMs: the same comparison in CPU time. */
	cpuRatio: number | null;
	/** ours.warmMs / ours.coldMs, to two decimals. */
	warmShare: number | null;
	pagefind?: PagefindResult;
}

/** Where and how the numbers were taken. */
export interface Machine {
	cpu: string;
	cores: number;
	memory: string;
	node: string;
	astro: string;
}

export interface BenchReport {
	generatedAt: string;
	machine: Machine;
	results: SizeResult[];
}

/** `a / b` to two decimals, or null when either side is missing: `ratio(3000, 2000) => 1.5`. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
	if (a === undefined || b === undefined || b <= 0) return null;
	return Math.round((a / b) * 100) / 100;
}

/** kB → MB, whole: `toMb(2048) => 2`. */
export const toMb = (kb: number) => Math.round(kb / 1024);

/** Puts the derived figures on a size's measurements. */
export function sizeResult(
	essays: number,
	ours: PipelineResult,
	reference?: PipelineResult,
	pagefind?: PagefindResult,
): SizeResult {
	return {
		essays,
		ours,
		reference,
		ratio: ratio(ours.coldMs, reference?.coldMs),
		cpuRatio: ratio(ours.coldCpuMs, reference?.coldCpuMs),
		warmShare: ratio(ours.warmMs, ours.coldMs),
		pagefind,
	};
}

/** The goals, checked against one size: cold ≤ 1.5× reference, warm ≤ 25% of cold, peak ≤ 1.5 GB. */
export function goals(result: SizeResult): { goal: string; met: boolean | null }[] {
	return [
		{ goal: 'cold ≤ 1.5× reference', met: result.ratio === null ? null : result.ratio <= 1.5 },
		{ goal: 'warm ≤ 25% of cold', met: result.warmShare === null ? null : result.warmShare <= 0.25 },
		{ goal: 'peak memory ≤ 1.5 GB', met: result.ours.peakRssMb <= 1536 },
	];
}
