import { describe, expect, test } from 'vitest';
import { ENVIRONMENT_DEFAULTS, parseEnvironment, type EnvironmentVariables } from '../../../src/lib/environment';

const clock = new Date('2026-01-01T00:00:00Z');
const parse = (env: EnvironmentVariables) => parseEnvironment(env, clock);

describe('parseEnvironment', () => {
	describe('with nothing set', () => {
		test('uses the documented defaults and the real clock', () => {
			expect(parse({})).toEqual({ ...ENVIRONMENT_DEFAULTS, now: clock, contentChecks: true, mdxModules: false });
		});

		test('treats empty and blank values as unset', () => {
			expect(
				parse({
					SITE_URL: ' ',
					BASE_PATH: '',
					LAB_ESSAYS_NOW: '  ',
					LAB_ESSAYS_CONTENT: '',
					LAB_ESSAYS_CACHE_DIR: ' ',
					LAB_ESSAYS_MDX_MODULES: '',
				}),
			).toEqual({
				site: 'https://lab-essays.example.org',
				base: '/',
				now: clock,
				contentDir: './content',
				cacheDir: './node_modules/.astro',
				contentChecks: true,
				mdxModules: false,
			});
		});
	});

	describe('SITE_URL and BASE_PATH', () => {
		test.each([
			[
				{ SITE_URL: 'https://example.github.io', BASE_PATH: '/lab-essays/' },
				'https://example.github.io',
				'/lab-essays/',
			],
			[{ SITE_URL: 'https://example.org/', BASE_PATH: 'lab-essays' }, 'https://example.org', '/lab-essays/'],
			[
				{ SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '/org/lab.essays' },
				'http://127.0.0.1:4321',
				'/org/lab.essays/',
			],
			[{ BASE_PATH: '/' }, 'https://lab-essays.example.org', '/'],
		])('%o gives site %s and base %s', (env, site, base) => expect(parse(env)).toMatchObject({ site, base }));

		test('names SITE_URL and shows an example when it is not a URL', () => {
			expect(() => parse({ SITE_URL: 'lab-essays.example.org' })).toThrowErrorMatchingInlineSnapshot(
				`[EnvironmentError: SITE_URL "lab-essays.example.org" is not an absolute URL. Set it to the public origin only, e.g. SITE_URL=https://lab-essays.example.org]`,
			);
		});

		test('rejects other schemes, queries and paths, pointing a path at BASE_PATH', () => {
			expect(() => parse({ SITE_URL: 'ftp://example.org' })).toThrow(
				/SITE_URL "ftp:\/\/example.org" must start with https:\/\//,
			);
			expect(() => parse({ SITE_URL: 'https://example.org/?a=1' })).toThrow(/must not carry a query/);
			expect(() => parse({ SITE_URL: 'https://example.github.io/lab-essays' })).toThrowErrorMatchingInlineSnapshot(
				`[EnvironmentError: SITE_URL "https://example.github.io/lab-essays" has a path (/lab-essays). Put the sub-path in BASE_PATH instead: SITE_URL=https://example.github.io BASE_PATH=/lab-essays/]`,
			);
		});

		test.each(['https://example.org/lab/', '//lab', '/lab essays/', '/lab/../x/', '/lab?x=1'])(
			'rejects BASE_PATH %s, naming the variable and an example',
			(BASE_PATH) =>
				expect(() => parse({ BASE_PATH })).toThrow(
					/^BASE_PATH ".*" is not a URL path.*e\.g\. BASE_PATH=\/lab-essays\//,
				),
		);

		test('says which segment of BASE_PATH is not allowed', () => {
			expect(() => parse({ BASE_PATH: '/lab essays/' })).toThrowErrorMatchingInlineSnapshot(
				`[EnvironmentError: BASE_PATH "/lab essays/" is not a URL path ("lab essays" is not allowed). Use slash-separated letters, digits, "-", "_", "." or "~", e.g. BASE_PATH=/lab-essays/ (or / for the domain root).]`,
			);
		});
	});

	describe('LAB_ESSAYS_NOW', () => {
		test.each([
			['2018-05-01', '2018-05-01T00:00:00.000Z'],
			[' 2026-11-26T12:00:00Z ', '2026-11-26T12:00:00.000Z'],
		])('reads %j as %s', (LAB_ESSAYS_NOW, iso) => expect(parse({ LAB_ESSAYS_NOW }).now.toISOString()).toBe(iso));

		test('names the variable and the format when the value is not a date', () => {
			expect(() => parse({ LAB_ESSAYS_NOW: 'next tuesday' })).toThrowErrorMatchingInlineSnapshot(
				`[EnvironmentError: LAB_ESSAYS_NOW="next tuesday" is not a date. Write it as YYYY-MM-DD or a full ISO time, e.g. LAB_ESSAYS_NOW=2018-05-01.]`,
			);
		});
	});

	describe('LAB_ESSAYS_CONTENT and LAB_ESSAYS_CACHE_DIR', () => {
		test('keeps relative and absolute folders, without a trailing slash', () => {
			expect(
				parse({ LAB_ESSAYS_CONTENT: 'tests/fixtures/other-org/', LAB_ESSAYS_CACHE_DIR: '/tmp/cache//' }),
			).toMatchObject({ contentDir: 'tests/fixtures/other-org', cacheDir: '/tmp/cache' });
			expect(parse({ LAB_ESSAYS_CONTENT: '/' }).contentDir).toBe('/');
		});

		test('refuses a URL where a folder belongs, with an example', () => {
			expect(() => parse({ LAB_ESSAYS_CONTENT: 'file:///srv/content' })).toThrowErrorMatchingInlineSnapshot(
				`[EnvironmentError: LAB_ESSAYS_CONTENT "file:///srv/content" is not a folder. Give a path on this machine, e.g. LAB_ESSAYS_CONTENT=tests/fixtures/site]`,
			);
		});
	});

	describe('LAB_ESSAYS_CONTENT_CHECKS', () => {
		test.each([
			['off', false],
			['OFF', false],
			['on', true],
			['', true],
		])('%j turns the check %s', (LAB_ESSAYS_CONTENT_CHECKS, on) =>
			expect(parse({ LAB_ESSAYS_CONTENT_CHECKS }).contentChecks).toBe(on),
		);

		test('names the two values it accepts', () => {
			expect(() => parse({ LAB_ESSAYS_CONTENT_CHECKS: 'no' })).toThrowErrorMatchingInlineSnapshot(
				`[EnvironmentError: LAB_ESSAYS_CONTENT_CHECKS "no" must be on or off, e.g. LAB_ESSAYS_CONTENT_CHECKS=off (only for tests of the verifier).]`,
			);
		});
	});

	describe('LAB_ESSAYS_MDX_MODULES', () => {
		test.each([
			['on', true],
			['ON', true],
			['off', false],
			['', false],
			[undefined, false],
		])('%j loads MDX as modules: %s', (LAB_ESSAYS_MDX_MODULES, on) =>
			expect(parse({ LAB_ESSAYS_MDX_MODULES }).mdxModules).toBe(on),
		);

		test('names the two values it accepts', () => {
			expect(() => parse({ LAB_ESSAYS_MDX_MODULES: '1' })).toThrow(
				'LAB_ESSAYS_MDX_MODULES "1" must be on or off, e.g. LAB_ESSAYS_MDX_MODULES=on',
			);
		});
	});
});
