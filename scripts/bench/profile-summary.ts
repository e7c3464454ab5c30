/** Reading a V8 .cpuprofile (from `npm run bench -- --cpu-prof`): where did the build's time go? */

/** The parts of a V8 CPU profile this reads. */
export interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
}

/** The package a script URL belongs to: `node_modules/@mdx-js/mdx/lib/x.js` → `@mdx-js/mdx`; ours are `(site)`. */
export function packageOf(url: string): string {
	if (!url) return '(native/GC)';
	const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
	if (match) return match[1] as string;
	if (url.startsWith('node:')) return '(node)';
	return '(site)';
}

/** Self time per group (by default per package), largest first, in milliseconds. */
export function selfTimeBy(
	profile: CpuProfile,
	groupOf: (frame: { functionName: string; url: string }) => string = (frame) => packageOf(frame.url),
): { group: string; ms: number }[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const totals = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const node = byId.get(id);
		if (!node) return;
		const group = groupOf(node.callFrame);
		totals.set(group, (totals.get(group) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...totals].map(([group, ms]) => ({ group, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
}

/**
 * Total (inclusive) time under frames whose function name or URL matches `pattern`, counting each sample once:
 * `inclusiveTime(profile, /@mdx-js\/mdx/)` is the time spent compiling MDX, whatever it called.
 */
export function inclusiveTime(profile: CpuProfile, pattern: RegExp): number {
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const matches = new Map<number, boolean>();
	const under = (id: number): boolean => {
		const known = matches.get(id);
		if (known !== undefined) return known;
		const node = byId.get(id);
		const frame = node?.callFrame;
		const hit = !!frame && (pattern.test(frame.url) || pattern.test(frame.functionName));
		const parentId = parent.get(id);
		const result = hit || (parentId !== undefined && under(parentId));
		matches.set(id, result);
		return result;
	};
	let micros = 0;
	profile.samples.forEach((id, i) => {
		if (under(id)) micros += profile.timeDeltas[i] ?? 0;
	});
	return Math.round(micros / 1000);
}
