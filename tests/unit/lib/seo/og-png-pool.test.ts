import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ogPngPool, type OgPngPool } from '../../../../src/lib/seo/og-png-pool';
import { ogImagePng } from '../../../../src/lib/seo/og-png';

const workerFile = path.resolve(import.meta.dirname, '../../../../src/lib/seo/og-png-worker.ts');
const textOf = (n: number) => ({ kicker: `Essay ${n} · Peer support`, title: `Finding number ${n}`, footer: 'Q Lab' });
const pools: OgPngPool[] = [];
const poolOf = (options: Parameters<typeof ogPngPool>[0]) => {
	const pool = ogPngPool(options);
	pools.push(pool);
	return pool;
};
afterEach(async () => {
	await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

/** A worker file that fails in the given way, in a folder of its own. */
function failingWorker(source: string): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'og-pool-')), 'worker.mjs');
	writeFileSync(file, source);
	return file;
}

describe('ogPngPool', () => {
	test('draws on several workers the same PNGs as drawing on the main thread', async () => {
		const pool = poolOf({ workerFile, size: 2 });
		const texts = [1, 2, 3, 4].map(textOf);
		const pngs = await Promise.all(texts.map((text) => pool.draw(text)));
		expect(pool.workers).toBe(2);
		pngs.forEach((png, i) => expect(Buffer.from(png).equals(Buffer.from(ogImagePng(texts[i]!)))).toBe(true));
	});

	test('ends its workers when they have been idle, and starts them again for the next image', async () => {
		const pool = poolOf({ workerFile, size: 1, idleMs: 50 });
		await pool.draw(textOf(1));
		expect(pool.workers).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(pool.workers).toBe(0);
		expect(Buffer.from(await pool.draw(textOf(2))).readUInt32BE(16)).toBe(1200);
	});

	test('replaces a worker after it has drawn its share of images, so their native memory is handed back', async () => {
		const pool = poolOf({ workerFile, size: 1, imagesPerWorker: 2 });
		const started: number[] = [];
		for (const n of [1, 2, 3, 4, 5]) {
			await pool.draw(textOf(n));
			started.push(pool.workers);
		}
		// After the second image of each worker it ends; the next image starts a new one.
		expect(started).toEqual([1, 0, 1, 0, 1]);
	});

	test('never keeps the process alive: a script that draws and never closes the pool exits', () => {
		const script = `import { ogPngPool } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../../../src/lib/seo/og-png-pool.ts'))};
			const pool = ogPngPool({ workerFile: ${JSON.stringify(workerFile)}, size: 2, idleMs: 60_000 });
			const pngs = await Promise.all([1, 2, 3].map((n) => pool.draw({ kicker: '', title: 'T' + n, footer: '' })));
			console.log(pngs.length, pool.workers);`;
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'og-pool-')), 'draw.mjs');
		writeFileSync(file, script);
		const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
		expect(run.stderr).toBe('');
		expect(run.signal).toBeNull();
		expect(run.stdout.trim()).toBe('3 2');
	});

	test('rejects with the worker’s error when it cannot draw, and goes on drawing the next image', async () => {
		const pool = poolOf({
			workerFile: failingWorker(`import { parentPort } from 'node:worker_threads';
				parentPort.on('message', ({ id, text }) => {
					if (text.title === 'bad') parentPort.postMessage({ id, error: 'Error: no glyphs for bad' });
					else parentPort.postMessage({ id, png: new Uint8Array([1]) });
				});`),
			size: 1,
		});
		await expect(pool.draw({ ...textOf(1), title: 'bad' })).rejects.toThrow('no glyphs for bad');
		expect(await pool.draw(textOf(2))).toEqual(new Uint8Array([1]));
	});

	test('rejects every image in flight when a worker crashes or cannot start', async () => {
		const crashing = poolOf({
			workerFile: failingWorker(`import { parentPort } from 'node:worker_threads';
				parentPort.on('message', () => { throw new Error('resvg crashed'); });`),
			size: 1,
		});
		await expect(Promise.all([crashing.draw(textOf(1)), crashing.draw(textOf(2))])).rejects.toThrow('resvg crashed');
		expect(crashing.workers).toBe(0);
		const missing = poolOf({ workerFile: '/nowhere/og-png-worker.ts', size: 1 });
		await expect(missing.draw(textOf(1))).rejects.toThrow(/Cannot find module/);
	});

	test('close() ends every worker', async () => {
		const pool = poolOf({ workerFile, size: 2, idleMs: 60_000 });
		await Promise.all([pool.draw(textOf(1)), pool.draw(textOf(2))]);
		expect(pool.workers).toBe(2);
		await pool.close();
		expect(pool.workers).toBe(0);
	});
});
