/** Reading /proc: which processes descend from a build, and how much memory they hold. */

/** The parent pid in the text of `/proc/<pid>/stat`; the command name may itself contain spaces and parentheses. */
export function parentPid(statText: string): number | undefined {
	// Fields after the last ')' are: state ppid …
	const rest = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
	const ppid = Number(rest[1]);
	return Number.isInteger(ppid) ? ppid : undefined;
}

/** Resident memory in kB from the text of `/proc/<pid>/status` (its `VmRSS:` line), 0 when absent (a zombie). */
export function residentKb(statusText: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText);
	return match ? Number(match[1]) : 0;
}

/** `root` and every process below it, given each process's parent: `descendants(1, new Map([[2, 1], [3, 2]])) => [1, 2, 3]`. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const tree: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift() as number;
		if (tree.includes(pid)) continue;
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}
