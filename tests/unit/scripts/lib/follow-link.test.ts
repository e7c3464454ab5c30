import { describe, expect, test } from 'vitest';
import { followLink, type LinkTargets } from '../../../../scripts/lib/follow-link';

// A site of two pages; the search page's ids are unknown.
const pages = new Map<string, { ids?: Set<string> }>([
	['/essays/a/', { ids: new Set(['main', 'why']) }],
	['/search/', {}],
]);
const targets: LinkTargets<{ ids?: Set<string> }> = { pageAt: (path) => pages.get(path), idsOn: (page) => page.ids };

describe('followLink', () => {
	test.each([
		['https://other.org/x', '/'],
		['mailto:lab@example.org', '/'],
		['//cdn.example.org/a.js', '/'],
	])('leaves %s alone: it leaves the site', (href, from) => {
		expect(followLink(href, from, targets)).toEqual({ kind: 'external' });
	});

	test('resolves relative, root-relative and fragment-only links against the page they are on', () => {
		expect(followLink('../a/#why', '/essays/b/', targets)).toMatchObject({ kind: 'found', path: '/essays/a/' });
		expect(followLink('/essays/a/', '/', targets)).toMatchObject({ kind: 'found', fragment: '' });
		expect(followLink('#why', '/essays/a/', targets)).toMatchObject({ kind: 'found', fragment: 'why' });
		expect(followLink('/search/?q=x', '/', targets)).toMatchObject({ kind: 'found', path: '/search/' });
	});

	test('decodes the path and fragment it looks up', () => {
		const seen: string[] = [];
		followLink('/essays/caf%C3%A9/#r%C3%A9sum%C3%A9', '/', {
			pageAt: (path) => void seen.push(path),
			idsOn: () => undefined,
		});
		expect(seen).toEqual(['/essays/café/']);
		expect(followLink('/essays/caf%C3%A9/#r%C3%A9sum%C3%A9', '/', targets)).toMatchObject({ fragment: 'résumé' });
	});

	test('names a missing page, and a missing id with the ids the page has', () => {
		expect(followLink('/essays/gone/#x', '/', targets)).toEqual({
			kind: 'no-page',
			path: '/essays/gone/',
			fragment: 'x',
		});
		expect(followLink('/essays/a/#how', '/', targets)).toEqual({
			kind: 'no-fragment',
			path: '/essays/a/',
			fragment: 'how',
			target: pages.get('/essays/a/'),
			ids: new Set(['main', 'why']),
		});
	});

	test('accepts any fragment on a page whose ids are not known', () => {
		expect(followLink('/search/#anything', '/', targets)).toMatchObject({ kind: 'found', fragment: 'anything' });
	});
});
