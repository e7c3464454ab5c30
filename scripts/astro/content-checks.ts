import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { siteSettingsProblemsIn } from '../lib/checks/site.ts';
import { contentRoot, readContent } from '../lib/read-content.ts';
import { checkContent, CONTENT_CHECK_REPORT } from '../lib/checks/index.ts';
import { formatProblems } from '../lib/problem.ts';
import { settings } from '../../src/settings.ts';

/** The error a build stops with: Astro prints its message and hint, and no stack trace (it is not a crash). */
export function contentCheckError(report: string): AstroError {
	const error = new AstroError(report, 'Each line names the file, the field or line, and what to write instead.');
	error.name = 'ContentCheckError';
	error.stack = '';
	return error;
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
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				if (!settings.contentChecks) {
					logger.warn('LAB_ESSAYS_CONTENT_CHECKS=off: the content check is skipped.');
					return;
				}
				const root = contentRoot();
				const problems = [...siteSettingsProblemsIn(root), ...checkContent(readContent(root), { now: settings.now })];
				if (problems.length === 0) return;
				if (command === 'build') throw contentCheckError(formatProblems(problems, CONTENT_CHECK_REPORT));
				logger.warn(formatProblems(problems, CONTENT_CHECK_REPORT));
			},
		},
	};
}
