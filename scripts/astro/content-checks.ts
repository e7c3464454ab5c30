import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin, ViteDevServer } from 'vite';
import { importGraphDigest } from '../../src/integrations/import-graph-digest.ts';
import { settings } from '../../src/settings.ts';
import { outlineBody, type BodyOutline } from '../lib/checks/body.ts';
import { checkContent, CONTENT_CHECK_REPORT } from '../lib/checks/index.ts';
import { siteSettingsProblemsIn } from '../lib/checks/site.ts';
import { formatProblems, type Problem } from '../lib/problem.ts';
import { contentRoot, readContent, readMdxComponents } from '../lib/read-content.ts';
import { textCache, type TextCache } from '../lib/text-cache.ts';

/** The error a build stops with: Astro prints its message and hint, and no stack trace (it is not a crash). */
export function contentCheckError(report: string): AstroError {
	const error = new AstroError(report, 'Each line names the file, the field or line, and what to write instead.');
	error.name = 'ContentCheckError';
	error.stack = '';
	return error;
}

/** Where the preview's pages fetch the current problems, and the event that pushes new ones. */
export const PROBLEMS_ENDPOINT = '/__lab-essays/content-problems';
export const PROBLEMS_EVENT = 'lab-essays:content-problems';

/**
 * Body outlines (the check's full parse of each MDX body) kept in the cache folder by each body's text, so a rebuild
 * parses only what changed. They start afresh when the outline code, anything it imports, or the lockfile (the
 * parser's version) changes.
 */
async function outlineCache(cacheDir: URL): Promise<TextCache<BodyOutline>> {
	const { digest } = await importGraphDigest(['scripts/lib/checks/body.ts'], { files: ['package-lock.json'] });
	return textCache<BodyOutline>(new URL('content-check-outlines.json', cacheDir).pathname, digest);
}

const runChecks = (outlines: TextCache<BodyOutline>): Problem[] => {
	const root = contentRoot();
	const problems = [
		...siteSettingsProblemsIn(root),
		...checkContent(readContent(root), {
			now: settings.now,
			components: readMdxComponents(),
			outlineOf: (body) => outlines.get(body, outlineBody),
		}),
	];
	outlines.save();
	return problems;
};

const report = (problems: readonly Problem[]) => formatProblems(problems, CONTENT_CHECK_REPORT);

/**
 * The preview's side of the content check: checks again whenever a file under the content folder changes, tells
 * open pages at once (a Vite event, shown by src/browser/content-problems.ts) and answers pages that load later.
 * Astro's own loader keeps serving the last good version of an entry, so without this the browser looks fine.
 */
function previewProblems(initial: Problem[], outlines: TextCache<BodyOutline>, warn: (report: string) => void): Plugin {
	let problems = initial;
	return {
		name: 'lab-essays:content-problems',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			const root = contentRoot();
			let timer: NodeJS.Timeout | undefined;
			const recheck = () => {
				const before = JSON.stringify(problems);
				problems = runChecks(outlines);
				if (JSON.stringify(problems) === before) return;
				if (problems.length) warn(report(problems));
				server.ws.send({ type: 'custom', event: PROBLEMS_EVENT, data: { problems } });
			};
			server.watcher.add(root);
			server.watcher.on('all', (_event, file) => {
				if (!path.resolve(file).startsWith(root + path.sep)) return;
				clearTimeout(timer);
				// Editors save several files at once (and editors write a file in steps): check once they settle.
				timer = setTimeout(recheck, 150);
			});
			server.middlewares.use(PROBLEMS_ENDPOINT, (_request, response) => {
				response.setHeader('content-type', 'application/json');
				response.setHeader('cache-control', 'no-store');
				response.end(JSON.stringify({ problems }));
			});
		},
	};
}

/**
 * Runs every content check (the same as `npm run check`) before Astro reads the content, so a build lists all
 * problems at once instead of stopping at the first. `astro build` fails on any problem; `astro dev` warns and
 * shows the problems on every page of the preview until they are fixed, so editors see them where they look.
 * LAB_ESSAYS_CONTENT_CHECKS=off skips it: only for tests of the safety nets behind it (the built-site verifier),
 * never for publishing.
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'lab-essays:content-checks',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig, injectScript }) => {
				if (command !== 'build' && command !== 'dev') return;
				if (!settings.contentChecks) {
					logger.warn('LAB_ESSAYS_CONTENT_CHECKS=off: the content check is skipped.');
					return;
				}
				const outlines = await outlineCache(config.cacheDir);
				const problems = runChecks(outlines);
				if (command === 'build') {
					if (problems.length) throw contentCheckError(report(problems));
					return;
				}
				if (problems.length) logger.warn(report(problems));
				updateConfig({ vite: { plugins: [previewProblems(problems, outlines, (text) => logger.warn(text))] } });
				injectScript('page', `import '/src/browser/content-problems.ts';`);
			},
		},
	};
}
