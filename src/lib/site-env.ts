import { normaliseBase } from './urls.ts';

/** Where the site is published, from the SITE_URL and BASE_PATH environment variables. */
export interface SiteEnv {
	/** The public origin, e.g. `https://lab-essays.example.org`. */
	site: string;
	/** The sub-path the site is served under, `/` or `/lab-essays/`. */
	base: string;
}

/** The values used when a variable is unset or empty. */
export const SITE_ENV_DEFAULTS: SiteEnv = { site: 'https://lab-essays.example.org', base: '/' };

/** Thrown when SITE_URL or BASE_PATH cannot be used; the message names the variable and shows a valid value. */
export class SiteEnvError extends Error {
	override name = 'SiteEnvError';
}

const BASE_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Reads and checks SITE_URL and BASE_PATH, so a bad value stops the build before anything is rendered:
 * `parseSiteEnv({ SITE_URL: 'https://x.org', BASE_PATH: 'lab' })` => `{ site: 'https://x.org', base: '/lab/' }`.
 */
export function parseSiteEnv(env: { SITE_URL?: string; BASE_PATH?: string }): SiteEnv {
	return { site: parseSiteUrl(env.SITE_URL), base: parseBasePath(env.BASE_PATH) };
}

function parseSiteUrl(raw: string | undefined): string {
	const value = raw?.trim();
	if (!value) return SITE_ENV_DEFAULTS.site;
	const hint = 'Set it to the public origin only, e.g. SITE_URL=https://lab-essays.example.org';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new SiteEnvError(`SITE_URL "${value}" is not an absolute URL. ${hint}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new SiteEnvError(`SITE_URL "${value}" must start with https:// (or http://). ${hint}`);
	}
	if (url.search || url.hash || url.username || url.password) {
		throw new SiteEnvError(`SITE_URL "${value}" must not carry a query, fragment or credentials. ${hint}`);
	}
	if (url.pathname !== '/') {
		throw new SiteEnvError(
			`SITE_URL "${value}" has a path (${url.pathname}). Put the sub-path in BASE_PATH instead: ` +
				`SITE_URL=${url.origin} BASE_PATH=${normaliseBase(url.pathname)}`,
		);
	}
	return url.origin;
}

function parseBasePath(raw: string | undefined): string {
	const value = raw?.trim();
	if (!value) return SITE_ENV_DEFAULTS.base;
	const segments = value.split('/').filter(Boolean);
	const bad = segments.find((segment) => !BASE_SEGMENT.test(segment) || segment === '.' || segment === '..');
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) || bad !== undefined) {
		throw new SiteEnvError(
			`BASE_PATH "${value}" is not a URL path${bad === undefined ? '' : ` ("${bad}" is not allowed)`}. ` +
				'Use slash-separated letters, digits, "-", "_", "." or "~", e.g. BASE_PATH=/lab-essays/ (or / for the domain root).',
		);
	}
	return normaliseBase(value);
}
