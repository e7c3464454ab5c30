import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroIntegration } from 'astro';

/** Who holds the lock: written into the lock file. */
export interface LockOwner {
	pid: number;
	/** What it is doing, e.g. `astro build` or `npm run build`. */
	command: string;
	/** When it took the lock, as an ISO timestamp. */
	since: string;
}

export interface AcquireOptions {
	owner: LockOwner;
	/** Whether a process is still running; a lock whose owner is gone is taken over. */
	isAlive?: (pid: number) => boolean;
	/** Told once, when the lock is found held by another, live process. */
	onWait?: (holder: LockOwner) => void;
	/** Processes that may share the lock: a build run by `npm run build`, which holds it for its astro child. */
	sharedWith?: readonly number[];
	pollMs?: number;
}

/** Whether a process is running (signal 0 only checks). */
export const processIsAlive = (pid: number): boolean => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

const readOwner = (file: string): LockOwner | undefined => {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
	} catch {
		return undefined;
	}
};

/**
 * Takes a lock file, waiting while another live process holds it; resolves with a function that releases it.
 * Creating the file with `wx` is atomic, so of two processes arriving together exactly one gets it.
 */
export async function acquireLock(
	file: string,
	{ owner, isAlive = processIsAlive, onWait, sharedWith = [], pollMs = 250 }: AcquireOptions,
): Promise<() => void> {
	mkdirSync(path.dirname(file), { recursive: true });
	let told = false;
	for (;;) {
		try {
			writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
			return () => {
				if (readOwner(file)?.pid === owner.pid) unlinkSync(file);
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readOwner(file);
		if (holder && sharedWith.includes(holder.pid)) return () => {};
		if (!holder || !isAlive(holder.pid)) {
			// Left by a process that was killed, or half-written this instant: look again before taking it over.
			await sleep(pollMs);
			const again = readOwner(file);
			if (!again || !isAlive(again.pid)) {
				try {
					unlinkSync(file);
				} catch {
					// Another waiter removed it first.
				}
			}
			continue;
		}
		if (!told) onWait?.(holder);
		told = true;
		await sleep(pollMs);
	}
}

/** The lock every build and dev server of one checkout shares: they all write its `.astro/` folder. */
export const checkoutLock = (root: string) => path.join(root, 'node_modules/.cache/lab-essays/astro.lock');

/** What a waiting process says about the one it waits for. */
export const waitingMessage = (holder: LockOwner, what: string) =>
	`Another build is running in this checkout (${holder.command}, process ${holder.pid}, since ${holder.since}). ` +
	`${what} waits for it to finish, because both write .astro/ and the caches; stop that one to go ahead now.`;

/**
 * One `astro build` at a time per checkout, and no build while a dev server starts: Astro writes `.astro/` (which
 * MDX modules the content has) for every build and reads it back, and two builds of different content there would
 * each read the other's. The second says who it waits for and starts when the first is done. A build holds the lock
 * until its process ends (its caches are written last); a dev server only while it reads the content at start-up,
 * so a preview left open never blocks a build.
 */
export function oneBuildAtATime(): AstroIntegration {
	let release: (() => void) | undefined;
	return {
		name: 'lab-essays:one-build-at-a-time',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const root = fileURLToPath(config.root);
				release = await acquireLock(checkoutLock(root), {
					owner: { pid: process.pid, command: `astro ${command}`, since: new Date().toISOString() },
					sharedWith: [process.ppid],
					onWait: (holder) => logger.warn(waitingMessage(holder, `This astro ${command}`)),
				});
				process.once('exit', () => release?.());
			},
			'astro:server:start': () => {
				release?.();
				release = undefined;
			},
		},
	};
}
