import type { PageModule } from '../lib/page-modules';

/** A request the inline page script queued: the module it started, and the element used (none for a shortcut). */
type PageRequest = [module: PageModule, target?: HTMLElement | null];

declare global {
	var labEssays: PageRequest[] | undefined;
}

/**
 * Handles the requests for `module`: those queued while it loaded, then each new one as the page script adds it.
 * Each module is started once per page, so nothing queued for it has been handled before.
 */
export function onPageUse(module: PageModule, handle: (target: HTMLElement | null) => void): void {
	const queue = (globalThis.labEssays ??= []);
	const push = queue.push.bind(queue);
	queue.push = (...requests) => {
		const length = push(...requests);
		for (const [wanted, target] of requests) if (wanted === module) handle(target ?? null);
		return length;
	};
	for (const [wanted, target] of queue) if (wanted === module) handle(target ?? null);
}
