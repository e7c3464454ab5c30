import { describe, expect, test } from 'vitest';
import { parseSiteEnv, SITE_ENV_DEFAULTS } from '../../../src/lib/site-env';

describe('parseSiteEnv', () => {
	test('uses the documented defaults when the variables are unset or empty', () => {
		expect(parseSiteEnv({})).toEqual(SITE_ENV_DEFAULTS);
		expect(parseSiteEnv({ SITE_URL: ' ', BASE_PATH: '' })).toEqual({
			site: 'https://lab-essays.example.org',
			base: '/',
		});
	});

	test.each([
		[{ SITE_URL: 'https://example.github.io', BASE_PATH: '/lab-essays/' }, 'https://example.github.io', '/lab-essays/'],
		[{ SITE_URL: 'https://example.org/', BASE_PATH: 'lab-essays' }, 'https://example.org', '/lab-essays/'],
		[{ SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '/org/lab.essays' }, 'http://127.0.0.1:4321', '/org/lab.essays/'],
		[{ BASE_PATH: '/' }, 'https://lab-essays.example.org', '/'],
	])('%o gives site %s and base %s', (env, site, base) => expect(parseSiteEnv(env)).toEqual({ site, base }));

	test('names SITE_URL and shows an example when it is not a URL', () => {
		expect(() => parseSiteEnv({ SITE_URL: 'lab-essays.example.org' })).toThrowErrorMatchingInlineSnapshot(
			`[SiteEnvError: SITE_URL "lab-essays.example.org" is not an absolute URL. Set it to the public origin only, e.g. SITE_URL=https://lab-essays.example.org]`,
		);
	});

	test('rejects other schemes, queries and paths, pointing a path at BASE_PATH', () => {
		expect(() => parseSiteEnv({ SITE_URL: 'ftp://example.org' })).toThrow(
			/SITE_URL "ftp:\/\/example.org" must start with https:\/\//,
		);
		expect(() => parseSiteEnv({ SITE_URL: 'https://example.org/?a=1' })).toThrow(/must not carry a query/);
		expect(() => parseSiteEnv({ SITE_URL: 'https://example.github.io/lab-essays' })).toThrowErrorMatchingInlineSnapshot(
			`[SiteEnvError: SITE_URL "https://example.github.io/lab-essays" has a path (/lab-essays). Put the sub-path in BASE_PATH instead: SITE_URL=https://example.github.io BASE_PATH=/lab-essays/]`,
		);
	});

	test.each(['https://example.org/lab/', '//lab', '/lab essays/', '/lab/../x/', '/lab?x=1'])(
		'rejects BASE_PATH %s, naming the variable and an example',
		(BASE_PATH) =>
			expect(() => parseSiteEnv({ BASE_PATH })).toThrow(
				/^BASE_PATH ".*" is not a URL path.*e\.g\. BASE_PATH=\/lab-essays\//,
			),
	);
});
