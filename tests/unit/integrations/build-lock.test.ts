import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireLock, waitingMessage, type LockOwner } from '../../../src/integrations/build-lock';

const dir = mkdtempSync(path.join(tmpdir(), 'build-lock-'));
const file = path.join(dir, 'sub/astro.lock');
afterEach(() => rmSync(path.join(dir, 'sub'), { recursive: true, force: true }));

const owner = (pid: number, command = 'astro build'): LockOwner => ({
	pid,
	command,
	since: '2026-12-01T14:00:00.000Z',
});
const alive = (pids: number[]) => (pid: number) => pids.includes(pid);

describe('acquireLock', () => {
	test('takes a free lock, writes who holds it, and removes it on release', async () => {
		const release = await acquireLock(file, { owner: owner(1), isAlive: alive([1]) });
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(owner(1));
		release();
		expect(existsSync(file)).toBe(false);
	});

	test('waits while a live process holds it, says so once, and goes ahead when it is released', async () => {
		const first = await acquireLock(file, { owner: owner(1), isAlive: alive([1, 2]) });
		const waits: LockOwner[] = [];
		let acquired = false;
		const second = acquireLock(file, {
			owner: owner(2),
			isAlive: alive([1, 2]),
			onWait: (holder) => waits.push(holder),
			pollMs: 10,
		}).then((release) => {
			acquired = true;
			return release;
		});
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(acquired).toBe(false);
		expect(waits).toEqual([owner(1)]);
		first();
		(await second)();
		expect(acquired).toBe(true);
	});

	test('of many arriving at once, exactly one holds it at a time', async () => {
		const pids = [1, 2, 3, 4];
		let holders = 0;
		let most = 0;
		await Promise.all(
			pids.map(async (pid) => {
				const release = await acquireLock(file, { owner: owner(pid), isAlive: alive(pids), pollMs: 5 });
				most = Math.max(most, ++holders);
				await new Promise((resolve) => setTimeout(resolve, 20));
				holders--;
				release();
			}),
		);
		expect(most).toBe(1);
	});

	test('takes over a lock left by a process that is gone', async () => {
		await acquireLock(file, { owner: owner(99), isAlive: alive([]) });
		const release = await acquireLock(file, { owner: owner(2), isAlive: alive([2]), pollMs: 5 });
		expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(2);
		release();
	});

	test('is shared with the parent that holds it for its child (npm run build for astro build)', async () => {
		await acquireLock(file, { owner: owner(1, 'npm run build'), isAlive: alive([1, 2]) });
		const release = await acquireLock(file, { owner: owner(2), isAlive: alive([1, 2]), sharedWith: [1] });
		release();
		expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(1);
	});

	test('never removes a lock another process holds now', async () => {
		const release = await acquireLock(file, { owner: owner(1), isAlive: alive([1]) });
		writeFileSync(file, JSON.stringify(owner(5)));
		release();
		expect(existsSync(file)).toBe(true);
	});
});

describe('waitingMessage', () => {
	test('names who holds it and what to do', () => {
		expect(waitingMessage(owner(42, 'npm run build'), 'This astro build')).toMatchInlineSnapshot(
			`"Another build is running in this checkout (npm run build, process 42, since 2026-12-01T14:00:00.000Z). This astro build waits for it to finish, because both write .astro/ and the caches; stop that one to go ahead now."`,
		);
	});
});
