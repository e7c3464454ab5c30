import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin, ViteDevServer } from 'vite';
import { importGraphDigest } from '../../src/integrations/import-graph-digest.ts';
import { settings } from '../../src/settings.ts';
import { outlineBody, type BodyOutline } from '../../src/lib/mdx/outline.ts';
import { mdxEntryError, outlineHandoff, outlineKey } from '../../src/loaders/outline-handoff.ts';
import { checkContent, CONTENT_CHECK_REPORT, contentCheckStages } from '../lib/checks/index.ts';
import { siteSettingsProblemsIn } from '../lib/checks/site.ts';
import { formatProblems, type Problem } from '../lib/problem.ts';
import { contentRoot, readContent, readImageFiles, readMdxComponents } from '../lib/read-content.ts';
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
	const { digest } = await importGraphDigest(['src/lib/mdx/outline.ts'], { files: ['package-lock.json'] });
	return textCache<BodyOutline>(new URL('content-check-outlines.json', cacheDir).pathname, digest);
}

/** The content check's two stages over the content folder as it is now (`contentCheckStages`), site settings first. */
function startChecks(): { problems: Problem[]; bodyProblems: (outlineOf: (body: string) => BodyOutline) => Problem[] } {
	const root = contentRoot();
	const stages = contentCheckStages(readContent(root), {
		now: settings.now,
		components: readMdxComponents(),
		images: readImageFiles(root),
	});
	return { problems: [...siteSettingsProblemsIn(root), ...stages.problems], bodyProblems: stages.bodyProblems };
}

/** Every problem at once, as `npm run check` lists them; bodies the cache does not hold are parsed here. */
const runChecks = (outlines: TextCache<BodyOutline>): Problem[] => {
	const root = contentRoot();
	const problems = [
		...siteSettingsProblemsIn(root),
		...checkContent(readContent(root), {
			now: settings.now,
			components: readMdxComponents(),
			images: readImageFiles(root),
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
function previewProblems(
	initial: Problem[],
	outlines: TextCache<BodyOutline>,
	warn: (report: string) => void,
): { plugin: Plugin; update: (next: Problem[]) => void } {
	let problems = initial;
	let send: ((next: Problem[]) => void) | undefined;
	const update = (next: Problem[]) => {
		const before = JSON.stringify(problems);
		problems = next;
		if (JSON.stringify(problems) === before) return;
		if (problems.length) warn(report(problems));
		send?.(problems);
	};
	const plugin: Plugin = {
		name: 'lab-essays:content-problems',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			const root = contentRoot();
			let timer: NodeJS.Timeout | undefined;
			send = (next) => server.ws.send({ type: 'custom', event: PROBLEMS_EVENT, data: { problems: next } });
			const recheck = () => update(runChecks(outlines));
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
	return { plugin, update };
}

/**
 * Runs every content check (the same as `npm run check`), so a build lists all problems at once instead of stopping
 * at the first. `astro build` checks the frontmatter before Astro reads the content (its schemas would stop at the
 * first mistake) and the bodies once the content layer has synced, from the outlines of the content loader's own parse
 * (src/loaders/outline-handoff.ts), so each body is parsed once; it fails on any problem. `astro dev` checks in the
 * same two stages at the start and everything again on each edit; it warns and shows the problems on every page of
 * the preview until they are fixed, so editors see them where they look. LAB_ESSAYS_CONTENT_CHECKS=off skips it: only for tests of the safety nets behind
 * it (the built-site verifier), never for publishing.
 */
export function contentChecks(): AstroIntegration {
	let afterSync: { outlines: TextCache<BodyOutline>; stages: ReturnType<typeof startChecks> } | undefined;
	let preview: ReturnType<typeof previewProblems> | undefined;

	/** The body stage, once the content layer has synced, from the outlines of the loader's parse. */
	const checkAfterSync = ({ outlines, stages }: NonNullable<typeof afterSync>) => {
		afterSync = undefined;
		const handoff = outlineHandoff();
		handoff.collecting = false;
		const counts = { fromLoader: 0, parsed: 0 };
		const problems = stages.bodyProblems((body) =>
			outlines.get(body, () => {
				const handed = handoff.outlines.get(outlineKey(body));
				counts[handed ? 'fromLoader' : 'parsed'] += 1;
				return handed ?? outlineBody(body);
			}),
		);
		outlines.save();
		handoff.outlines = new Map();
		return { problems, ...counts, fromCache: outlines.stats.reused };
	};

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
				const stages = startChecks();
				// A problem before the sync (which Astro's schemas would stop at): every problem at once, bodies parsed here.
				const early = stages.problems.length ? runChecks(outlines) : undefined;
				Object.assign(outlineHandoff(), { collecting: !early, outlines: new Map(), failures: [] });
				afterSync = early ? undefined : { outlines, stages };
				if (command === 'build') {
					if (early) throw contentCheckError(report(early));
					return;
				}
				if (early?.length) logger.warn(report(early));
				preview = previewProblems(early ?? [], outlines, (text) => logger.warn(text));
				updateConfig({ vite: { plugins: [preview.plugin] } });
				injectScript('page', `import '/src/browser/content-problems.ts';`);
			},
			// Astro syncs the content layer (our loader parses and renders every changed body) before these hooks.
			'astro:build:start': ({ logger }) => {
				if (!afterSync) return;
				const { problems, fromLoader, fromCache, parsed } = checkAfterSync(afterSync);
				if (problems.length) throw contentCheckError(report(problems));
				const { failures } = outlineHandoff();
				if (failures.length) throw mdxEntryError(failures);
				logger.info(
					`Content check: MDX bodies outlined from the content loader's parse ${fromLoader}, from the cache ${fromCache}, parsed again ${parsed}.`,
				);
			},
			'astro:server:start': () => {
				if (afterSync) preview?.update(checkAfterSync(afterSync).problems);
			},
		},
	};
}
