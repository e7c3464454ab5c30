import { Worker } from 'node:worker_threads';
import type { OgImageText } from './og-image.ts';

/** A message to a worker: draw this image. */
export interface OgPngRequest {
	id: number;
	text: OgImageText;
}

/** A worker's answer: the PNG, or what went wrong (the error's stack). */
export interface OgPngReply {
	id: number;
	png?: Uint8Array<ArrayBuffer>;
	error?: string;
}

export interface OgPngPoolOptions {
	/** The worker's file (og-png-worker.ts), as a path Node can start directly. */
	workerFile: string;
	/** At most this many workers (one per core). */
	size: number;
	/** A worker with nothing to do for this long is ended; the next image starts a new one. */
	idleMs?: number;
	/** A worker is replaced after drawing this many images (see below). */
	imagesPerWorker?: number;
}

export interface OgPngPool {
	/** Draws a link-preview image (1200 × 630 PNG) on a worker thread. */
	draw(text: OgImageText): Promise<Uint8Array<ArrayBuffer>>;
	/** How many workers are running now. */
	readonly workers: number;
	/** Ends every worker; images still being drawn are rejected. */
	close(): Promise<void>;
}

interface Pending {
	resolve: (png: Uint8Array<ArrayBuffer>) => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	pending: Map<number, Pending>;
	/** How many images it was given. */
	given: number;
	idleTimer?: NodeJS.Timeout;
}

/**
 * A pool of worker threads drawing link-preview images, so a build draws them on every core instead of one at a time
 * on the main thread. Workers start on demand and end when idle; an idle worker never keeps the process alive.
 */
export function ogPngPool({ workerFile, size, idleMs = 1000, imagesPerWorker = 25 }: OgPngPoolOptions): OgPngPool {
	const slots = new Set<Slot>();
	let nextId = 0;

	function end(slot: Slot, reason: Error | undefined): void {
		if (!slots.delete(slot)) return;
		clearTimeout(slot.idleTimer);
		for (const { reject } of slot.pending.values()) reject(reason ?? new Error('The image worker stopped.'));
		slot.pending.clear();
	}

	function retire(slot: Slot): void {
		end(slot, undefined);
		void slot.worker.terminate();
	}

	function idle(slot: Slot): void {
		// resvg's native memory (3 MB of pixels an image) is not handed back while a worker thread lives, however
		// often it collects garbage (it is on the main thread); a worker's exit frees it all, so workers are replaced.
		if (slot.given >= imagesPerWorker) return retire(slot);
		slot.worker.unref();
		slot.idleTimer = setTimeout(() => retire(slot), idleMs);
		slot.idleTimer.unref();
	}

	function start(): Slot {
		const slot: Slot = { worker: new Worker(workerFile), pending: new Map(), given: 0 };
		slot.worker.on('message', ({ id, png, error }: OgPngReply) => {
			const task = slot.pending.get(id);
			if (!task) return;
			slot.pending.delete(id);
			if (png) task.resolve(png);
			else task.reject(new Error(error ?? 'The image worker answered without an image.'));
			if (slot.pending.size === 0) idle(slot);
		});
		slot.worker.on('error', (error) => end(slot, error));
		slot.worker.on('exit', (code) => end(slot, new Error(`The image worker exited with code ${code}.`)));
		slots.add(slot);
		return slot;
	}

	/** The least busy worker not due for replacement, or a new one while the pool has room. */
	function pick(): Slot {
		let best: Slot | undefined;
		let active = 0;
		for (const slot of slots) {
			if (slot.given >= imagesPerWorker) continue;
			active++;
			if (!best || slot.pending.size < best.pending.size) best = slot;
		}
		return best && (best.pending.size === 0 || active >= size) ? best : start();
	}

	return {
		draw(text) {
			const slot = pick();
			slot.given++;
			clearTimeout(slot.idleTimer);
			slot.worker.ref();
			const id = nextId++;
			return new Promise((resolve, reject) => {
				slot.pending.set(id, { resolve, reject });
				slot.worker.postMessage({ id, text } satisfies OgPngRequest);
			});
		},
		get workers() {
			return slots.size;
		},
		async close() {
			const workers = [...slots].map((slot) => slot.worker);
			for (const slot of [...slots]) end(slot, new Error('The image pool was closed.'));
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
