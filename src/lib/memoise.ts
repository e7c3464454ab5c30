/**
 * Wraps an async loader so it runs once and every caller shares the result: `const all = memoise(load)`.
 * A failed load is forgotten, so the next call tries again. With `enabled: false` it loads on every call
 * (the dev server, where content changes between requests).
 */
export function memoise<T>(load: () => Promise<T>, { enabled = true }: { enabled?: boolean } = {}): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () => {
		if (!enabled) return load();
		pending ??= load().catch((error: unknown) => {
			pending = undefined;
			throw error;
		});
		return pending;
	};
}
