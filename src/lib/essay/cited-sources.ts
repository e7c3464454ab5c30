/**
 * The ids of the sources an MDX body cites with `<Source id="…" />`, in the order it first cites them, each once:
 * `citedSourceIds('<Source id="a" /> <Source id="b" /> <Source id="a" />')` => `['a', 'b']`.
 */
export function citedSourceIds(body: string): string[] {
	const ids = [...body.matchAll(/<Source\s[^>]*?\bid\s*=\s*(?:"([^"]+)"|'([^']+)')/g)].map((m) => (m[1] ?? m[2])!);
	return [...new Set(ids)];
}
