/** How to start the Node process that runs `astro build`: its flags, and what to add to its environment. */
export interface AstroNodeOptions {
	flags: string[];
	env: Record<string, string>;
}

/** How far V8 may grow the heap past what survived the last full collection, in percent. */
export const HEAP_GROWING_PERCENT = 20;
/** Node's own heap ceiling on 64-bit machines, in MB: never go below it. */
export const DEFAULT_HEAP_MB = 4096;

/**
 * The flags and environment of the `astro build` process, sized from the machine's memory. Used by `npm run build`
 * and by both sides of `npm run bench`, so the benchmark measures what publishing does (README, "Performance").
 *
 * - `--heap-growing-percent`: after each full collection V8 lets the heap grow by this share of what survived
 *   before collecting again. Its own choice (up to 4×) let bundling 1,000 essays reach 1.9 GB of heap of which
 *   0.25 GB was live; 20% keeps the heap near what is live, for a little more collecting.
 * - `--max-old-space-size`: Node's default ceiling (4 GB on a 64-bit machine) is too low to bundle 10,000 essays;
 *   half the machine's memory leaves the rest to everything else. With the flag above, the heap only grows that far
 *   when the build truly needs it.
 * - `--expose-gc`: lets the build release memory at known points (src/lib/memory/collect-garbage.ts).
 * - `MALLOC_MMAP_THRESHOLD_`: glibc's malloc gives blocks over 128 kB their own mapping, returned to the system when
 *   freed. Left to itself it raises that threshold after the first large free and keeps later large blocks
 *   (Rolldown's buffers, 3 MB image pixels) in its heap, which never shrinks. Other C libraries ignore it.
 */
export function astroNodeOptions(totalMemoryBytes: number): AstroNodeOptions {
	const halfMb = Math.floor(totalMemoryBytes / 2 / 1024 / 1024);
	return {
		flags: [
			'--expose-gc',
			`--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
			`--max-old-space-size=${Math.max(halfMb, DEFAULT_HEAP_MB)}`,
		],
		env: { MALLOC_MMAP_THRESHOLD_: String(128 * 1024) },
	};
}
