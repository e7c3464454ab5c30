// `npm run build`: builds the site into a temporary folder beside dist/, verifies it, and only then swaps it into
// place with renames, so a failed build or verification leaves the previous dist/ exactly as it was.
// Usage: node scripts/build.ts [--outDir dist]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { acquireLock, checkoutLock, waitingMessage } from '../src/integrations/build-lock.ts';
import { settings } from '../src/settings.ts';
import { formatProblems } from './lib/problem.ts';
import { BUILT_SITE_REPORT, verifySite } from './lib/verify/index.ts';
import { astroNodeOptions } from './lib/astro-node-options.ts';
import { readBuiltSite } from './lib/read-built-site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(root, values.outDir);
// Same parent folder, so the final renames never cross file systems.
const tmpDir = `${outDir}.tmp-${process.pid}`;
const oldDir = `${outDir}.old-${process.pid}`;

/** Runs `astro build` into a folder; resolves with its exit code. */
function astroBuild(into: string): Promise<number> {
	const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
	return new Promise((resolve, reject) => {
		const { flags, env } = astroNodeOptions(totalmem());
		const child = spawn(process.execPath, [...flags, astro, 'build', '--outDir', into], {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: 'inherit',
		});
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	});
}

async function main(): Promise<number> {
	// Held until the new dist/ is in place; the astro build this starts shares it (see src/integrations/build-lock.ts).
	const release = await acquireLock(checkoutLock(root), {
		owner: { pid: process.pid, command: 'npm run build', since: new Date().toISOString() },
		onWait: (holder) => console.log(waitingMessage(holder, 'This npm run build')),
	});
	process.once('exit', release);
	await rm(tmpDir, { recursive: true, force: true });
	try {
		const code = await astroBuild(tmpDir);
		if (code !== 0) {
			console.error(`\nastro build failed (exit ${code}); ${path.relative(root, outDir)}/ was left as it was.`);
			return code;
		}
		const { site, extras } = await readBuiltSite(tmpDir, settings);
		const problems = await verifySite(site, extras, { dir: tmpDir, java: process.env.JAVA });
		if (problems.length > 0) {
			console.error(`\n${formatProblems(problems, BUILT_SITE_REPORT)}`);
			return 1;
		}
		console.log(
			`Verified ${site.pages.size} pages: links, anchors, sitemap, search index, CSP and HTML (html-validate and the W3C Nu HTML Checker) are sound.`,
		);
		if (existsSync(outDir)) await rename(outDir, oldDir);
		try {
			await rename(tmpDir, outDir);
		} catch (error) {
			if (existsSync(oldDir)) await rename(oldDir, outDir);
			throw error;
		}
		await rm(oldDir, { recursive: true, force: true });
		console.log(`Built ${path.relative(root, outDir) || outDir}/.`);
		return 0;
	} finally {
		await rm(tmpDir, { recursive: true, force: true });
	}
}

process.exitCode = await main();
