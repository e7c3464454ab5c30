import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { savedDigest, saveOutput } from '../../../src/integrations/saved-output';

const dir = mkdtempSync(path.join(tmpdir(), 'saved-output-'));
const saved = path.join(dir, 'search-index');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saveOutput and savedDigest', () => {
	test('nothing saved has no digest', async () => {
		expect(await savedDigest(saved)).toBeUndefined();
	});

	test('saves what fill writes under the digest, replacing an earlier save whole', async () => {
		await saveOutput(saved, 'one', async (folder) => writeFileSync(path.join(folder, 'old.txt'), 'old'));
		await saveOutput(saved, 'two', async (folder) => writeFileSync(path.join(folder, 'new.txt'), 'new'));
		expect(await savedDigest(saved)).toBe('two');
		expect(readFileSync(path.join(saved, 'new.txt'), 'utf8')).toBe('new');
		expect(existsSync(path.join(saved, 'old.txt'))).toBe(false);
	});

	test('a save that fails part-way leaves the earlier save and no partial folder', async () => {
		await expect(
			saveOutput(saved, 'three', async (folder) => {
				writeFileSync(path.join(folder, 'half.txt'), 'half');
				throw new Error('disk full');
			}),
		).rejects.toThrow('disk full');
		expect(await savedDigest(saved)).toBe('two');
		expect(readdirSync(dir)).toEqual(['search-index']);
	});
});
