import path from 'node:path';

/** One import between two files of the repository: `{ from: 'src/lib/a.ts', to: 'src/lib/b.ts' }`. */
export interface ImportEdge {
	from: string;
	to: string;
}

const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

/**
 * The imports between the given files, from each file's module specifiers. Relative specifiers and the `@/` alias
 * (src/) are followed; packages and virtual modules (`astro:content`) are not. A query (`?raw`) is dropped.
 */
export function importEdges(files: readonly string[], specifiersOf: (file: string) => readonly string[]): ImportEdge[] {
	const known = new Set(files);
	const resolve = (from: string, specifier: string): string | undefined => {
		const bare = specifier.replace(/\?.*$/, '');
		let target: string;
		if (bare.startsWith('@/')) target = `src/${bare.slice(2)}`;
		else if (bare.startsWith('./') || bare.startsWith('../')) target = path.posix.join(path.posix.dirname(from), bare);
		else return undefined;
		return EXTENSIONS.map((extension) => target + extension).find((candidate) => known.has(candidate)) ?? target;
	};
	return files.flatMap((from) =>
		specifiersOf(from).flatMap((specifier) => {
			const to = resolve(from, specifier);
			return to ? [{ from, to }] : [];
		}),
	);
}

/**
 * The room a file belongs to: its top-level folder under src/ or scripts/ (`src/lib/seo/meta.ts` => `src/lib`),
 * or the file itself when it sits at the top (`src/settings.ts`).
 */
export function roomOf(file: string): string {
	const parts = file.split('/');
	return parts.length > 2 ? `${parts[0]}/${parts[1]}` : file;
}

/**
 * Every cycle between rooms, one line each, naming the rooms and one import per step:
 * `src/lib → src/data (src/lib/a.ts imports src/data/b.ts) → src/lib (src/data/b.ts imports src/lib/c.ts)`.
 * Empty when imports between rooms only go one way.
 */
export function folderCycles(edges: readonly ImportEdge[]): string[] {
	const example = new Map<string, ImportEdge>();
	const next = new Map<string, Set<string>>();
	for (const edge of edges) {
		const [from, to] = [roomOf(edge.from), roomOf(edge.to)];
		if (from === to) continue;
		if (!example.has(`${from}|${to}`)) example.set(`${from}|${to}`, edge);
		next.set(from, (next.get(from) ?? new Set()).add(to));
	}
	// Tarjan's strongly connected components: a component of two or more rooms holds a cycle.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const components: string[][] = [];
	const visit = (room: string) => {
		index.set(room, index.size);
		low.set(room, index.get(room)!);
		stack.push(room);
		for (const to of next.get(room) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(room, Math.min(low.get(room)!, low.get(to)!));
			} else if (stack.includes(to)) {
				low.set(room, Math.min(low.get(room)!, index.get(to)!));
			}
		}
		if (low.get(room) === index.get(room)) {
			const component: string[] = [];
			let member: string;
			do component.push((member = stack.pop()!));
			while (member !== room);
			if (component.length > 1) components.push(component);
		}
	};
	for (const room of [...next.keys()].sort()) if (!index.has(room)) visit(room);
	return components.map((component) => describeCycle(component.sort(), next, example));
}

/** One cycle through a component's rooms, found by walking from its first room back to it. */
function describeCycle(component: string[], next: Map<string, Set<string>>, example: Map<string, ImportEdge>): string {
	const members = new Set(component);
	const start = component[0]!;
	const path = [start];
	const seen = new Set([start]);
	const walk = (room: string): boolean => {
		for (const to of [...(next.get(room) ?? [])].filter((r) => members.has(r)).sort()) {
			if (to === start) return path.push(to) > 0;
			if (seen.has(to)) continue;
			seen.add(to);
			path.push(to);
			if (walk(to)) return true;
			path.pop();
		}
		return false;
	};
	walk(start);
	return path
		.map((room, i) => {
			if (i === 0) return room;
			const edge = example.get(`${path[i - 1]}|${room}`)!;
			return `${room} (${edge.from} imports ${edge.to})`;
		})
		.join(' → ');
}
