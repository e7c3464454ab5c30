import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { LIGHTHOUSE_CATEGORIES } from './budgets.ts';
import type { LighthouseReport } from './checks.ts';

/** The headless flags of tests/support/browser.ts: no sandbox, no GPU, and no host but this machine. */
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Serves a built site on 127.0.0.1 and audits each page with Lighthouse's default (mobile) settings in
 * Debian's Chromium (CHROME_PATH). Scores come back as 0–100 per category.
 */
export async function runLighthouse(
	dist: string,
	pages: readonly string[],
	chromePath: string,
): Promise<LighthouseReport[]> {
	const files = sirv(dist, { dev: false, etag: true, gzip: false, extensions: ['html'] });
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
	try {
		const reports: LighthouseReport[] = [];
		for (const page of pages) {
			const result = await lighthouse(`${origin}${page}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...LIGHTHOUSE_CATEGORIES],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${page}.`);
			const { categories, audits } = result.lhr;
			const scores = Object.fromEntries(
				LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
			);
			const failingAudits = Object.values(audits)
				.filter(
					(a) =>
						a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
				)
				.filter((a) =>
					LIGHTHOUSE_CATEGORIES.some((c) => categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)),
				)
				.map((a) => `${a.id} (${a.displayValue ?? a.score})`);
			reports.push({ page, scores, failingAudits });
		}
		return reports;
	} finally {
		await chrome.kill();
		server.close();
	}
}
