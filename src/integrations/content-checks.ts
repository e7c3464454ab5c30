import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { contentRoot, readContent } from '../../scripts/lib/read-content.ts';
import { textCache } from '../../scripts/lib/text-cache.ts';
import { outlineBody, type BodyOutline } from '../lib/checks/body.ts';
import { checkContent } from '../lib/checks/index.ts';
import { parseNow } from '../lib/content/visibility.ts';
import { formatProblems } from '../lib/errors.ts';

/** The error a build stops with: Astro prints its message and hint, and no stack trace (it is not a crash). */
export function contentCheckError(report: string): AstroError {
	const error = new AstroError(report, 'Each line names the file, the field or line, and what to write instead.');
	error.name = 'ContentCheckError';
	error.stack = '';
	return error;
}

/**
 * Body outlines (the check's full parse of each MDX body) kept in the cache folder by each body's text, so a rebuild
 * parses only what changed. They start afresh when the outline code or the lockfile (the parser's version) changes.
 */
function outlineCache(cacheDir: URL) {
	const lockfile = (() => {
		try {
			return readFileSync('package-lock.json', 'utf8');
		} catch {
			return '';
		}
	})();
	const version = createHash('sha256').update(outlineBody.toString()).update(lockfile).digest('hex');
	return textCache<BodyOutline>(new URL('content-check-outlines.json', cacheDir).pathname, version);
}

/**
 * Runs every content check (the same as `npm run check`) before Astro reads the content, so a build lists all
 * problems at once instead of stopping at the first. `astro build` fails on any problem; `astro dev` only warns,
 * so editors can keep previewing while they fix them. LAB_ESSAYS_CONTENT_CHECKS=off skips it: only for tests of
 * the safety nets behind it (the built-site verifier), never for publishing.
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'lab-essays:content-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				if (process.env.LAB_ESSAYS_CONTENT_CHECKS === 'off') {
					logger.warn('LAB_ESSAYS_CONTENT_CHECKS=off: the content check is skipped.');
					return;
				}
				const outlines = outlineCache(config.cacheDir);
				const problems = checkContent(readContent(contentRoot()), {
					now: parseNow(process.env.LAB_ESSAYS_NOW, new Date()),
					outlineOf: (body) => outlines.get(body, outlineBody),
				});
				outlines.save();
				if (problems.length === 0) return;
				if (command === 'build') throw contentCheckError(formatProblems(problems));
				logger.warn(formatProblems(problems));
			},
		},
	};
}
