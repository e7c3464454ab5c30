import { normaliseBase } from './urls.ts';

/** The environment variables a build, a script or the dev server reads; every one is optional. */
export interface EnvironmentVariables {
	SITE_URL?: string | undefined;
	BASE_PATH?: string | undefined;
	LAB_ESSAYS_NOW?: string | undefined;
	LAB_ESSAYS_CONTENT?: string | undefined;
	LAB_ESSAYS_CACHE_DIR?: string | undefined;
	LAB_ESSAYS_CONTENT_CHECKS?: string | undefined;
	LAB_ESSAYS_MDX_MODULES?: string | undefined;
}

/** Where the site is published, what it is built from, and the clock it is built at. */
export interface Environment {
	/** The public origin (SITE_URL), e.g. `https://lab-essays.example.org`. */
	site: string;
	/** The sub-path the site is served under (BASE_PATH), `/` or `/lab-essays/`. */
	base: string;
	/** The moment the build treats as now (LAB_ESSAYS_NOW), or the real clock. */
	now: Date;
	/** The content folder (LAB_ESSAYS_CONTENT), relative to the project or absolute, without a trailing slash. */
	contentDir: string;
	/** Astro's cache folder (LAB_ESSAYS_CACHE_DIR). */
	cacheDir: string;
	/** Whether builds and the dev server run the content check first (LAB_ESSAYS_CONTENT_CHECKS=off skips it). */
	contentChecks: boolean;
	/**
	 * Whether MDX entries are loaded Astro's own way, each compiled to a module and bundled (LAB_ESSAYS_MDX_MODULES=on),
	 * rather than rendered to HTML by the content loader; only the benchmark's reference build sets it.
	 */
	mdxModules: boolean;
}

/** The values used when a variable is unset or empty (`now` is the real clock). */
export const ENVIRONMENT_DEFAULTS = {
	site: 'https://lab-essays.example.org',
	base: '/',
	contentDir: './content',
	cacheDir: './node_modules/.astro',
} as const;

/** Thrown when a variable cannot be used; the message names the variable and shows a valid value. */
export class EnvironmentError extends Error {
	override name = 'EnvironmentError';
}

const BASE_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Reads and checks every environment variable at once, so a bad value stops the build before anything is rendered.
 * `clock` is the real time, used when LAB_ESSAYS_NOW is unset:
 * `parseEnvironment({ SITE_URL: 'https://x.org', BASE_PATH: 'lab' }, now)` => `{ site: 'https://x.org', base: '/lab/', … }`.
 */
export function parseEnvironment(env: EnvironmentVariables, clock: Date): Environment {
	return {
		site: parseSiteUrl(env.SITE_URL),
		base: parseBasePath(env.BASE_PATH),
		now: parseNow(env.LAB_ESSAYS_NOW, clock),
		contentDir: parseFolder('LAB_ESSAYS_CONTENT', env.LAB_ESSAYS_CONTENT, {
			fallback: ENVIRONMENT_DEFAULTS.contentDir,
			example: 'tests/fixtures/site',
		}),
		cacheDir: parseFolder('LAB_ESSAYS_CACHE_DIR', env.LAB_ESSAYS_CACHE_DIR, {
			fallback: ENVIRONMENT_DEFAULTS.cacheDir,
			example: 'node_modules/.astro-fixture',
		}),
		contentChecks: parseSwitch('LAB_ESSAYS_CONTENT_CHECKS', env.LAB_ESSAYS_CONTENT_CHECKS, {
			fallback: true,
			example: 'off (only for tests of the verifier)',
		}),
		mdxModules: parseSwitch('LAB_ESSAYS_MDX_MODULES', env.LAB_ESSAYS_MDX_MODULES, {
			fallback: false,
			example: 'on (only for the benchmark’s reference build)',
		}),
	};
}

function parseSiteUrl(raw: string | undefined): string {
	const value = raw?.trim();
	if (!value) return ENVIRONMENT_DEFAULTS.site;
	const hint = 'Set it to the public origin only, e.g. SITE_URL=https://lab-essays.example.org';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new EnvironmentError(`SITE_URL "${value}" is not an absolute URL. ${hint}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new EnvironmentError(`SITE_URL "${value}" must start with https:// (or http://). ${hint}`);
	}
	if (url.search || url.hash || url.username || url.password) {
		throw new EnvironmentError(`SITE_URL "${value}" must not carry a query, fragment or credentials. ${hint}`);
	}
	if (url.pathname !== '/') {
		throw new EnvironmentError(
			`SITE_URL "${value}" has a path (${url.pathname}). Put the sub-path in BASE_PATH instead: ` +
				`SITE_URL=${url.origin} BASE_PATH=${normaliseBase(url.pathname)}`,
		);
	}
	return url.origin;
}

function parseBasePath(raw: string | undefined): string {
	const value = raw?.trim();
	if (!value) return ENVIRONMENT_DEFAULTS.base;
	const segments = value.split('/').filter(Boolean);
	const bad = segments.find((segment) => !BASE_SEGMENT.test(segment) || segment === '.' || segment === '..');
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) || bad !== undefined) {
		throw new EnvironmentError(
			`BASE_PATH "${value}" is not a URL path${bad === undefined ? '' : ` ("${bad}" is not allowed)`}. ` +
				'Use slash-separated letters, digits, "-", "_", "." or "~", e.g. BASE_PATH=/lab-essays/ (or / for the domain root).',
		);
	}
	return normaliseBase(value);
}

/**
 * Reads the build's notion of now from an ISO date string. An empty value means the real clock (`fallback`);
 * an unreadable one is an error naming the variable.
 */
function parseNow(raw: string | undefined, fallback: Date): Date {
	const value = raw?.trim();
	if (!value) return fallback;
	const parsed = new Date(value);
	if (Number.isNaN(parsed.getTime())) {
		throw new EnvironmentError(
			`LAB_ESSAYS_NOW="${raw}" is not a date. Write it as YYYY-MM-DD or a full ISO time, e.g. LAB_ESSAYS_NOW=2018-05-01.`,
		);
	}
	return parsed;
}

// A URL where a folder belongs (`file:///…`, `https://…`) would be read as a relative folder of that name.
function parseFolder(
	name: string,
	raw: string | undefined,
	{ fallback, example }: { fallback: string; example: string },
): string {
	const value = raw?.trim();
	if (!value) return fallback;
	if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
		throw new EnvironmentError(
			`${name} "${value}" is not a folder. Give a path on this machine, e.g. ${name}=${example}`,
		);
	}
	return value.length > 1 ? value.replace(/\/+$/, '') : value;
}

function parseSwitch(
	name: string,
	raw: string | undefined,
	{ fallback, example }: { fallback: boolean; example: string },
): boolean {
	const value = raw?.trim().toLowerCase();
	if (!value) return fallback;
	if (value === 'on') return true;
	if (value === 'off') return false;
	throw new EnvironmentError(`${name} "${raw}" must be on or off, e.g. ${name}=${example}.`);
}
