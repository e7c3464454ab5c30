import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A store of results computed from texts, kept in one JSON file between runs. */
export interface TextCache<T> {
	/** The result for `text`: from the file when it was computed before with the same version, else `compute(text)`. */
	get(text: string, compute: (text: string) => T): T;
	/** Writes what this run used (and only that) back to the file; best effort. */
	save(): void;
	/** How many results came from the file, and how many were computed, this run. */
	readonly stats: { reused: number; computed: number };
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Results keyed by a digest of each text, in `file`, thrown away when `version` changes (give it a digest of the
 * code that computes them). A result that throws is not kept. Results must be plain JSON.
 * `textCache('node_modules/.astro/outlines.json', v).get(body, outlineBody)`.
 */
export function textCache<T>(file: string, version: string): TextCache<T> {
	let previous: Record<string, T> = {};
	try {
		const stored = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; results?: Record<string, T> };
		if (stored.version === version && stored.results) previous = stored.results;
	} catch {
		// No file yet, or a broken one: start afresh.
	}
	const used: Record<string, T> = {};
	const stats = { reused: 0, computed: 0 };
	return {
		stats,
		get(text, compute) {
			const key = digest(text);
			if (key in used) return used[key] as T;
			if (key in previous) {
				stats.reused += 1;
				return (used[key] = previous[key] as T);
			}
			const result = compute(text);
			stats.computed += 1;
			return (used[key] = result);
		},
		save() {
			try {
				mkdirSync(path.dirname(file), { recursive: true });
				// Write then rename, so a run stopped midway never leaves half a file.
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, JSON.stringify({ version, results: used }));
				renameSync(temporary, file);
			} catch {
				// A full disk or a read-only folder costs a re-check next time, never this run.
			}
		},
	};
}
