import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeaders, headerRules } from '../lib/deploy/headers';
import { inlineHashes } from '../lib/deploy/inline-code';
import { listFiles } from './list-files';

/**
 * Writes `<dist>/_headers` after the build: security headers with a CSP that allows exactly the inline scripts and
 * styles the pages contain (by hash), and cache rules for hashed and unhashed files, all under the base.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'lab-essays:headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = await listFiles(outDir);
				const html = await Promise.all(
					files.filter((f) => f.endsWith('.html')).map((f) => readFile(path.join(outDir, f), 'utf8')),
				);
				const rules = headerRules({ base, files, ...inlineHashes(html) });
				await writeFile(path.join(outDir, '_headers'), formatHeaders(rules));
				logger.info(`_headers written: ${rules.length} rules.`);
			},
		},
	};
}
