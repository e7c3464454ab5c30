import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: CHROME_PATH, or Debian's package. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Whether e2e tests can run. Without Chromium they are skipped loudly on a developer's machine,
 * but on CI (CI set) a missing browser is a failure, never a silent pass.
 */
export function browserAvailable(): boolean {
	if (existsSync(chromePath)) return true;
	const message = `Chromium not found at ${chromePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`;
	if (process.env.CI) throw new Error(message);
	console.warn(`\n⚠ SKIPPING e2e tests: ${message}\n`);
	return false;
}

/**
 * Launches headless Chromium; Playwright gives every launch a fresh temporary profile.
 * Every host but this machine fails to resolve, so a page that calls a third party shows up as a failed request.
 */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromePath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
		],
	});
}
