import { describe, expect, test } from 'vitest';
import { absoluteUrl, normaliseBase, paths, withBase } from '../../../src/lib/urls';

describe('paths', () => {
	test.each([
		[paths.home(), '/'],
		[paths.essay('impact-that-counts'), '/essays/impact-that-counts/'],
		[paths.project('peer-support'), '/projects/peer-support/'],
		[paths.updates(), '/updates/'],
		[paths.updates(1), '/updates/'],
		[paths.updates(3), '/updates/3/'],
		[paths.update('essays-launched'), '/updates/essays-launched/'],
		[paths.search('peer support & more'), '/search/?q=peer%20support%20%26%20more'],
	])('%s is %s', (actual, expected) => expect(actual).toBe(expected));
});

describe('normaliseBase', () => {
	test.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['lab-essays', '/lab-essays/'],
		['/lab-essays', '/lab-essays/'],
		['/org/lab-essays/', '/org/lab-essays/'],
	])('%s becomes %s', (base, expected) => expect(normaliseBase(base)).toBe(expected));
});

describe('withBase', () => {
	test.each([
		['/essays/', '/', '/essays/'],
		['/essays/', '/lab-essays', '/lab-essays/essays/'],
		['/essays/', '/lab-essays/', '/lab-essays/essays/'],
		['/', '/lab-essays/', '/lab-essays/'],
		['essays/x/', '/lab-essays/', '/lab-essays/essays/x/'],
		['/lab-essays/essays/', '/lab-essays/', '/lab-essays/essays/'],
		['https://example.org/a', '/lab-essays/', 'https://example.org/a'],
		['mailto:q@example.org', '/lab-essays/', 'mailto:q@example.org'],
		['#footnotes', '/lab-essays/', '#footnotes'],
	])('%s under %s is %s', (path, base, expected) => expect(withBase(path, base)).toBe(expected));

	test('does not mistake a path that only starts like the base for one under it', () => {
		expect(withBase('/lab-essays-old/', '/lab-essays/')).toBe('/lab-essays/lab-essays-old/');
	});
});

describe('absoluteUrl', () => {
	test('joins site, base and path', () => {
		expect(absoluteUrl('/essays/', 'https://example.org', '/lab/')).toBe('https://example.org/lab/essays/');
	});
});
