import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { siteDist } from './paths';
import { serveDist, type StaticServer } from './serve';

/** A browser and a server for one e2e file; filled in by beforeAll, closed by afterAll. */
export interface SiteSession {
	browser: Browser;
	server: StaticServer;
}

/**
 * Registers hooks that launch Chromium and serve a built site (the real one unless `dist` names another)
 * for the tests of the calling `describe`. `dist` may be a function, for sites built in an earlier hook.
 */
export function useSiteSession(dist: string | (() => string) = siteDist): SiteSession {
	const session = {} as SiteSession;
	beforeAll(async () => {
		[session.browser, session.server] = await Promise.all([
			launchBrowser(),
			serveDist(typeof dist === 'function' ? dist() : dist),
		]);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	return session;
}
