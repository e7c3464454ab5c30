import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server';
import { htmlFiles } from '../support/dist';
import { FIXTURE_CONTENT, fixtureDist } from '../support/paths';

// The link-preview images are drawn on worker threads (src/lib/seo/og-png-pool.ts); the fixture site's build and its
// dev server must still give every published essay and update its own 1200×630 PNG.
const slugsIn = (section: string) =>
	htmlFiles(fixtureDist)
		.map((file) => new RegExp(`^${section}/([^/]+)/index\\.html$`).exec(file)?.[1])
		.filter((slug): slug is string => slug !== undefined && !/^\d+$/.test(slug));
const entries = ['essays', 'updates'].flatMap((section) => slugsIn(section).map((slug) => `og/${section}/${slug}.png`));

function expectPng(png: Buffer, name: string): void {
	expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), name).toBe(true);
	expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
	expect(png.subarray(-8, -4).toString('ascii'), `${name} ends with its IEND chunk`).toBe('IEND');
}

describe('link-preview images of the fixture site', () => {
	test('every published essay and update has its own valid 1200×630 PNG, and no other image is written', () => {
		expect(entries.length).toBeGreaterThanOrEqual(6);
		const pngs = entries.map((file) => readFileSync(path.join(fixtureDist, file)));
		pngs.forEach((png, i) => expectPng(png, entries[i]!));
		expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(entries.length);
		const written = ['essays', 'updates'].flatMap((section) =>
			readdirSync(path.join(fixtureDist, 'og', section)).map((name) => `og/${section}/${name}`),
		);
		expect(written.sort()).toEqual([...entries].sort());
	});
});

describe('link-preview images in astro dev', () => {
	let server: DevServer;
	beforeAll(async () => {
		server = await startDevServer({ name: 'og-dev', content: FIXTURE_CONTENT, readyPath: '/essays/' });
	});
	afterAll(() => server?.close());

	test('an image is drawn on request, the same as the build’s', async () => {
		const file = entries.find((name) => name.startsWith('og/essays/'))!;
		const response = await fetch(`${server.origin}/${file}`);
		expect(response.status, server.output()).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		const png = Buffer.from(await response.arrayBuffer());
		expectPng(png, file);
		expect(png.equals(readFileSync(path.join(fixtureDist, file)))).toBe(true);
	});
});
