import { describe, expect, test } from 'vitest';
import { imageAddress, isImageFile, localImageProblem } from '../../../../src/lib/images/image-address';

describe('imageAddress', () => {
	const entry = 'content/essays/field-notes/index.mdx';
	test.each([
		['./wall.webp', { kind: 'local', address: './wall.webp', file: 'content/essays/field-notes/wall.webp' }],
		['wall.webp', { kind: 'local', address: './wall.webp', file: 'content/essays/field-notes/wall.webp' }],
		['./photos/../wall.webp', { kind: 'local', address: './wall.webp', file: 'content/essays/field-notes/wall.webp' }],
		['../roles.png', { kind: 'local', address: '../roles.png', file: 'content/essays/roles.png' }],
		['my%20wall.png', { kind: 'local', address: './my wall.png', file: 'content/essays/field-notes/my wall.png' }],
		['../../../secret.png', { kind: 'outside' }],
		['https://images.example.org/a.png', { kind: 'remote' }],
		['//images.example.org/a.png', { kind: 'remote' }],
		['/images/a.png', { kind: 'site' }],
		['data:image/png;base64,AAAA', { kind: 'inline' }],
	])('%s', (src, expected) => expect(imageAddress(src, entry, 'content')).toEqual(expected));
});

describe('isImageFile', () => {
	test.each([
		['a.jpg', true],
		['a.JPEG', true],
		['a.png', true],
		['a.webp', true],
		['a.avif', true],
		['a.gif', true],
		['a.svg', true],
		['a.tiff', false],
		['a.pdf', false],
		['a', false],
	])('%s => %s', (name, expected) => expect(isImageFile(name)).toBe(expected));
});

describe('localImageProblem', () => {
	const folders: Record<string, string[]> = {
		'content/essays': ['ashby-peaks.png', 'workshop.jpg', 'first-essay.mdx', 'notes.txt'],
		'content/updates': [],
	};
	const problem = (src: string, entryFile = 'content/essays/first-essay.mdx') =>
		localImageProblem(src, { entryFile, contentFolder: 'content', filesIn: (folder) => folders[folder] });

	test('accepts an image that is there, and addresses that are not files in the content folder', () => {
		expect(problem('./ashby-peaks.png')).toBeUndefined();
		expect(problem('workshop.jpg')).toBeUndefined();
		expect(problem('https://images.example.org/a.png')).toBeUndefined();
		expect(problem('/images/a.png')).toBeUndefined();
	});

	test('names a misspelt image’s closest match first, then the other images there', () => {
		expect(problem('./ashby-peak.png')).toMatchInlineSnapshot(
			`"The image "./ashby-peak.png" is not in content/essays/. Did you mean ./ashby-peaks.png? Images there: ./ashby-peaks.png, ./workshop.jpg."`,
		);
	});

	test('says when only the capitals differ', () => {
		expect(problem('./Workshop.JPG')).toMatch(
			/Did you mean \.\/workshop\.jpg\? Names must match exactly, capitals included/,
		);
	});

	test('suggests nothing far from the name, and says when a folder has no images', () => {
		expect(problem('./chart.png')).toBe(
			'The image "./chart.png" is not in content/essays/. Images there: ./ashby-peaks.png, ./workshop.jpg.',
		);
		expect(problem('./x.png', 'content/updates/news.mdx')).toBe(
			'The image "./x.png" is not in content/updates/. There are no images in content/updates/.',
		);
		expect(problem('./photos/x.png')).toMatch(/there is no folder content\/essays\/photos\//);
	});

	test('refuses an address that leaves the content folder, and a file that is not an image', () => {
		expect(problem('../../chart.png')).toMatch(/is outside the content folder.*write \.\/chart\.png\.$/);
		expect(problem('./notes.txt')).toMatch(/"\.\/notes\.txt" is not an image the site can show\. Use a \.jpg/);
	});

	test('lists at most eight images, and how many more there are', () => {
		const many = Array.from({ length: 11 }, (_, i) => `photo-${i + 10}.jpg`);
		const message = localImageProblem('./photo-1.jpg', {
			entryFile: 'content/essays/a.mdx',
			contentFolder: 'content',
			filesIn: () => many,
		});
		expect(message).toMatch(/, and 3 more\.$/);
	});
});
