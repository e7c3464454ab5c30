/** A seeded pseudo-random source, so the same seed always yields the same corpus. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
}

/** Mulberry32, a small fast PRNG with good spread: `seeded(42).int(1, 6) => 3` (always the same). */
export function seeded(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (items) => {
			if (items.length === 0) throw new Error('seeded().pick() needs at least one item to choose from.');
			return items[Math.floor(next() * items.length)] as (typeof items)[number];
		},
	};
}
