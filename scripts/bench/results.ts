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
	/** `astro build` once more after the warm rebuild with nothing edited, in milliseconds. */
	noEditWarmMs?: number;
	/** CPU time of that rebuild. */
	noEditWarmCpuMs?: number;
}

/** Hugo's cold build of the same essays as plain Markdown (scripts/bench/hugo-site.ts): the field's speed limit. */
export interface HugoResult {
	coldMs: number;
	coldCpuMs?: number;
	peakRssMb: number;
	/** `hugo version`'s line. */
	version: string;
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
	/** ours.noEditWarmMs / ours.coldMs, to two decimals. */
	noEditWarmShare: number | null;
	/** Absent with --no-hugo or without `hugo` installed. */
	hugo?: HugoResult;
	/** ours.coldMs / hugo.coldMs: how many times Hugo's time ours takes. */
	hugoRatio: number | null;
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
	hugo?: HugoResult,
): SizeResult {
	return {
		essays,
		ours,
		reference,
		ratio: ratio(ours.coldMs, reference?.coldMs),
		cpuRatio: ratio(ours.coldCpuMs, reference?.coldCpuMs),
		warmShare: ratio(ours.warmMs, ours.coldMs),
		noEditWarmShare: ratio(ours.noEditWarmMs, ours.coldMs),
		hugo,
		hugoRatio: ratio(ours.coldMs, hugo?.coldMs),
		pagefind,
	};
}

/**
 * The goals of issue #15, checked against one size: cold ≤ 0.6× the reference, a warm rebuild after one edit
 * ≤ 10% of cold and one after no edit faster still, peak memory ≤ 1 GB.
 */
export function goals(result: SizeResult): { goal: string; met: boolean | null }[] {
	const { warmMs, noEditWarmMs } = result.ours;
	return [
		{ goal: 'cold ≤ 0.6× reference', met: result.ratio === null ? null : result.ratio <= 0.6 },
		{ goal: 'warm ≤ 10% of cold', met: result.warmShare === null ? null : result.warmShare <= 0.1 },
		{
			goal: 'no-edit rebuild < warm',
			met: warmMs === undefined || noEditWarmMs === undefined ? null : noEditWarmMs < warmMs,
		},
		{ goal: 'peak memory ≤ 1 GB', met: result.ours.peakRssMb <= 1024 },
	];
}
