import { describe, expect, test } from 'vitest';
import {
	absoluteUrl,
	entryPath,
	isIndexablePath,
	matchRoute,
	movedAddresses,
	normaliseBase,
	pagesWithOwnRoute,
	pathTo,
	paths,
	reservedPageIds,
	ROUTES,
	withBase,
	type RouteName,
} from '../../../src/lib/urls';

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
		[paths.ogImage('essays', 'x'), '/og/essays/x.png'],
		[paths.notFound(), '/404/'],
		[paths.essaysFeed(), '/essays/rss.xml'],
	])('%s is %s', (actual, expected) => expect(actual).toBe(expected));
});

describe('pathTo', () => {
	test('fills in the parameters of a route', () => {
		expect(pathTo('essay', { id: 'impact-that-counts' })).toBe('/essays/impact-that-counts/');
		expect(pathTo('ogImage', { collection: 'updates', id: 'u' })).toBe('/og/updates/u.png');
	});

	test.each([
		['essay', {}],
		['essay', { id: '' }],
		['essay', { id: 'a/b' }],
		['updatesPage', { page: 'two' }],
	] as const)('refuses %s with %o, naming the route and the parameter', (name, params) => {
		expect(() => pathTo(name, params)).toThrow(/route .* needs a fitting "(id|page)"/);
	});
});

describe('ROUTES', () => {
	const withoutParams = (Object.keys(ROUTES) as RouteName[]).filter((name) => !ROUTES[name].pattern.includes(':'));

	test.each(withoutParams)('%s is matched by its own pattern', (name) => {
		expect(matchRoute(pathTo(name))?.name).toBe(name);
	});

	test('no two routes have the same pattern', () => {
		const patterns = Object.values(ROUTES).map((route) => route.pattern);
		expect(new Set(patterns).size).toBe(patterns.length);
	});

	test('every moved address leads to a route that exists', () => {
		for (const route of Object.values(ROUTES) as { movedTo?: string }[]) {
			if (route.movedTo) expect(Object.keys(ROUTES)).toContain(route.movedTo);
		}
	});
});

describe('matchRoute', () => {
	test.each([
		['/', 'home', {}],
		['/essays/x/', 'essay', { id: 'x' }],
		['/essays/x', 'essay', { id: 'x' }],
		['/essays/x/index.html', 'essay', { id: 'x' }],
		['/updates/2/', 'updatesPage', { page: '2' }],
		['/updates/an-update/', 'update', { id: 'an-update' }],
		['/404.html', 'notFound', {}],
		['/404', 'notFound', {}],
		['/essay/', 'movedEssays', {}],
		['/essay/x/', 'movedEssay', { id: 'x' }],
		['/og/essays/x.png', 'ogImage', { collection: 'essays', id: 'x' }],
		['/about/', 'about', {}],
		['/accessibility/', 'page', { id: 'accessibility' }],
		['/search/?q=peer', 'search', {}],
	])('%s is the %s route with %o', (path, name, params) => {
		expect(matchRoute(path)).toMatchObject({ name, params });
	});

	test('knows nothing of deeper unknown paths', () => {
		expect(matchRoute('/essays/x/y/')).toBeUndefined();
	});
});

describe('isIndexablePath', () => {
	test.each([
		['/', true],
		['/essays/x/', true],
		['/projects/', true],
		['/updates/', true],
		['/updates/an-update/', true],
		['/about/', true],
		['/accessibility/', true],
		['/updates/2/', false],
		['/404/', false],
		['/404.html', false],
		['/search/', false],
		['/essay/', false],
		['/essay/impact-that-counts/', false],
		['/favicon.svg', true],
	])('%s => %s', (path, expected) => expect(isIndexablePath(path)).toBe(expected));
});

describe('reservedPageIds', () => {
	test('lists the first folder of every route that is not a content page, including the old essay and og addresses', () => {
		expect(reservedPageIds()).toEqual(
			expect.arrayContaining(['essays', 'projects', 'updates', 'search', '404', 'pagefind', 'essay', 'og']),
		);
	});

	test('leaves out the pages that have routes of their own', () => {
		expect(reservedPageIds()).not.toContain('about');
		expect(pagesWithOwnRoute()).toEqual(['about', 'get-involved']);
	});
});

describe('entryPath', () => {
	test.each([
		['essays', 'a', '/essays/a/'],
		['projects', 'p', '/projects/p/'],
		['updates', 'u', '/updates/u/'],
		['pages', 'about', '/about/'],
		['pages', 'get-involved', '/get-involved/'],
		['pages', 'accessibility', '/accessibility/'],
		['pages', 'search', undefined],
		['pages', 'og', undefined],
		['pages', 'nested/page', undefined],
		['authors', 'lab', undefined],
		['datasets', 'participant-mix', undefined],
	] as const)('%s/%s is at %s', (collection, id, path) => expect(entryPath(collection, id)).toBe(path));
});

describe('movedAddresses', () => {
	test('sends the old essays listing and each old essay address on, essays in id order', () => {
		expect(movedAddresses({ essays: ['b', 'a'] })).toEqual([
			{ from: '/essay/', to: '/essays/' },
			{ from: '/essay/a/', to: '/essays/a/', id: 'a' },
			{ from: '/essay/b/', to: '/essays/b/', id: 'b' },
		]);
	});

	test('still moves the listing when there are no essays', () => {
		expect(movedAddresses({})).toEqual([{ from: '/essay/', to: '/essays/' }]);
	});
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
