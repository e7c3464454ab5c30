import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entryImageReader, imageDigestsOf, imageFilesChanged } from '../../../src/loaders/entry-images';

// A project folder with content/essays/x.mdx and a photo beside it, EXIF-turned on its side.
let root: string;
const essay = () => path.join(root, 'content/essays/x.mdx');
const photo = () => path.join(root, 'content/essays/photo.jpg');
beforeAll(async () => {
	root = mkdtempSync(path.join(tmpdir(), 'entry-images-'));
	mkdirSync(path.join(root, 'content/essays'), { recursive: true });
	writeFileSync(essay(), '![A photo](./photo.jpg)\n');
	await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2a6f77' } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.toFile(photo());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('entryImageReader', () => {
	test('describes an image beside an entry as Astro will read it, upright', () => {
		const reader = entryImageReader(root, 'content');
		expect(reader.describe(essay())('./photo.jpg')).toEqual({
			address: './photo.jpg',
			width: 200,
			height: 300,
			format: 'jpg',
		});
		expect(reader.describe(essay())('https://images.example.org/a.png')).toBeUndefined();
	});

	test('says what is wrong with a missing image, in the content check’s words', () => {
		const reader = entryImageReader(root, 'content');
		expect(reader.describe(essay())('./phot.jpg')).toBe(
			'The image "./phot.jpg" is not in content/essays/. Did you mean ./photo.jpg? Images there: ./photo.jpg.',
		);
	});

	test('says when a file with an image’s name cannot be read as one', () => {
		writeFileSync(path.join(root, 'content/essays/broken.png'), 'not an image');
		expect(entryImageReader(root, 'content').describe(essay())('./broken.png')).toMatch(
			/^The image "\.\/broken\.png" cannot be read as an image\./,
		);
	});
});

describe('imageFilesChanged', () => {
	const stamped = () => {
		const reader = entryImageReader(root, 'content');
		reader.describe(essay())('./photo.jpg');
		return reader.stamps(essay(), ['./photo.jpg']);
	};

	test('stamps an image by its path from the project root and its digest', () => {
		const [stamp] = stamped();
		expect(stamp).toMatchObject({ file: 'content/essays/photo.jpg', digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
		expect(imageDigestsOf({ rendered: { metadata: { imageFiles: [stamp] } } })).toEqual([stamp!.digest]);
	});

	test('is false while the file is the same, even with a new time, and true once it changes or goes', async () => {
		const stamps = stamped();
		expect(imageFilesChanged(stamps, root)).toBe(false);
		utimesSync(photo(), new Date(), new Date(Date.now() + 5000));
		expect(imageFilesChanged(stamps, root)).toBe(false);
		const bytes = readFileSync(photo());
		await sharp({ create: { width: 300, height: 200, channels: 3, background: '#f4efe6' } })
			.jpeg()
			.toFile(photo());
		expect(imageFilesChanged(stamps, root)).toBe(true);
		rmSync(photo());
		expect(imageFilesChanged(stamps, root)).toBe(true);
		writeFileSync(photo(), bytes);
	});
});
