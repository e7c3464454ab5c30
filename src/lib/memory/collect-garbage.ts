/** Node's `gc()`, present only when the process runs with `--expose-gc` (the publishing build and the benchmark). */
type Gc = (options: { type: 'minor' | 'major'; execution: 'sync'; flavor?: 'last-resort' }) => void;

/**
 * Asks V8 to collect garbage now, when the build process allows it (`--expose-gc`); otherwise does nothing.
 * - `'young'`: a quick young-generation collection, so native memory owned by short-lived objects is freed now
 *   rather than whenever V8 next collects (it cannot see that memory, so it does not hurry).
 * - `'all'`: a full collection that also hands V8's pooled empty pages back to the system; V8 (Node 24) otherwise
 *   keeps every page it ever freed, so the process stays at its high-water mark for the rest of the build.
 * Returns whether a collection ran.
 */
export function collectGarbage(kind: 'young' | 'all', gc: Gc | undefined = globalGc()): boolean {
	if (!gc) return false;
	gc(
		kind === 'young'
			? { type: 'minor', execution: 'sync' }
			: { type: 'major', execution: 'sync', flavor: 'last-resort' },
	);
	return true;
}

function globalGc(): Gc | undefined {
	const candidate = (globalThis as { gc?: unknown }).gc;
	return typeof candidate === 'function' ? (candidate as Gc) : undefined;
}
