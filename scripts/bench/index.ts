/**
 * `npm run bench`: builds synthetic corpora with the site's pipeline and with Astro's default Sätteri processor,
 * and reports build time, warm rebuild time, peak memory and the Pagefind index. See scripts/bench/README.md.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBenchArgs, USAGE } from './args.ts';
import { repoRoot, runAstroBuild, type AstroBuild, type BuildRun } from './build-runner.ts';
import { BENCH_NOW, corpusFiles, editEssay, EDITED_ESSAY } from './corpus.ts';
import { hugoVersion, runHugoBuild, writeHugoSite, type HugoRun } from './hugo-runner.ts';
import { describeMachine } from './machine.ts';
import { measurePagefind } from './pagefind-measure.ts';
import { progressLine, showProgress } from './progress.ts';
import { sizeResult, toMb, type BenchReport, type PipelineResult } from './results.ts';
import { formatGoals, formatTable } from './table.ts';

type Pipeline = 'ours' | 'reference';

const benchDir = path.join(repoRoot, '.bench');
// Relative to the root: Astro joins --config onto it.
const referenceConfig = 'scripts/bench/reference.config.mjs';

const options = parseBenchArgs(process.argv.slice(2));
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}

const pipelines: Pipeline[] = options.reference ? ['ours', 'reference'] : ['ours'];
const hugo = options.hugo ? hugoVersion() : undefined;
if (options.hugo && !hugo) console.warn('hugo is not installed (apt-get install hugo): the Hugo row is left out.');
// Per size and pipeline: cold build, warm build; ours also rebuilds with nothing edited; one Pagefind timing; Hugo.
const totalSteps = options.sizes.length * (pipelines.length * 2 + 2 + (hugo ? 1 : 0));
let step = 0;

/** Runs one task under the progress line. */
async function task<T>(essays: number, name: string, run: () => Promise<T>): Promise<T> {
	step += 1;
	const index = step;
	const progress = showProgress((elapsedMs) =>
		progressLine({ index, total: totalSteps, essays, task: name, elapsedMs }),
	);
	try {
		return await run();
	} finally {
		progress.done();
	}
}

/** Writes a corpus to .bench/corpus/<essays>/ and returns the folder. */
async function writeCorpus(essays: number): Promise<string> {
	const folder = path.join(benchDir, 'corpus', String(essays));
	await rm(folder, { recursive: true, force: true });
	for (const file of corpusFiles({ essays })) {
		const target = path.join(folder, file.path);
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, file.contents);
	}
	return folder;
}

/** The build of one corpus by one pipeline, each with its own cache and output folder. */
function buildOf(essays: number, content: string, pipeline: Pipeline): AstroBuild {
	return {
		content,
		now: BENCH_NOW,
		cacheDir: path.join(benchDir, 'cache', `${pipeline}-${essays}`),
		outDir: path.join(benchDir, 'dist', `${pipeline}-${essays}`),
		config: pipeline === 'reference' ? referenceConfig : undefined,
		mdxModules: pipeline === 'reference',
	};
}

/** Everything measured for one size. Ours and the reference alternate, so a busy spell slows both alike. */
async function measureSize(essays: number) {
	const content = await writeCorpus(essays);
	const cold = new Map<Pipeline, BuildRun>();
	const warm = new Map<Pipeline, BuildRun>();
	for (const pipeline of pipelines) {
		const build = buildOf(essays, content, pipeline);
		await rm(build.cacheDir, { recursive: true, force: true });
		await rm(build.outDir, { recursive: true, force: true });
		const cpuProfDir =
			options.cpuProf && pipeline === 'ours' ? path.join(benchDir, 'profiles', String(essays)) : undefined;
		cold.set(pipeline, await task(essays, `${pipeline}: cold build`, () => runAstroBuild({ ...build, cpuProfDir })));
	}

	// The warm rebuilds: one essay edited, everything else as the cold build left it.
	const edited = corpusFiles({ essays: EDITED_ESSAY }).find((f) => f.path.startsWith('essays/'));
	const essayPath = path.join(content, edited?.path ?? '');
	const original = await readFile(essayPath, 'utf8');
	await writeFile(essayPath, editEssay(original, 1));
	let noEdit: BuildRun | undefined;
	try {
		for (const pipeline of pipelines) {
			const build = buildOf(essays, content, pipeline);
			warm.set(pipeline, await task(essays, `${pipeline}: warm rebuild, one essay edited`, () => runAstroBuild(build)));
		}
		// Then again with nothing edited since: what a rebuild costs when there is nothing to re-render.
		noEdit = await task(essays, 'ours: rebuild, nothing edited', () => runAstroBuild(buildOf(essays, content, 'ours')));
	} finally {
		await writeFile(essayPath, original);
	}

	let hugoRun: HugoRun | undefined;
	if (hugo) {
		const siteDir = path.join(benchDir, 'hugo', String(essays));
		await writeHugoSite(corpusFiles({ essays }), siteDir);
		hugoRun = await task(essays, 'Hugo: cold build, plain Markdown', () =>
			runHugoBuild(siteDir, path.join(benchDir, 'dist', `hugo-${essays}`), hugo),
		);
	}

	const pagefind = await task(essays, 'Pagefind index of our build', () =>
		measurePagefind(buildOf(essays, content, 'ours').outDir, path.join(benchDir, 'pagefind-scratch')),
	);
	const result = (pipeline: Pipeline): PipelineResult | undefined => {
		const c = cold.get(pipeline);
		const w = warm.get(pipeline);
		if (!c || !w) return undefined;
		return {
			coldMs: c.durationMs,
			warmMs: w.durationMs,
			coldCpuMs: c.cpuMs,
			warmCpuMs: w.cpuMs,
			peakRssMb: toMb(c.peakRssKb),
			warmPeakRssMb: toMb(w.peakRssKb),
			...(pipeline === 'ours' ? { noEditWarmMs: noEdit?.durationMs, noEditWarmCpuMs: noEdit?.cpuMs } : {}),
		};
	};
	const hugoResult = hugoRun && {
		coldMs: hugoRun.durationMs,
		coldCpuMs: hugoRun.cpuMs,
		peakRssMb: toMb(hugoRun.peakRssKb),
		version: hugoRun.version,
	};
	return sizeResult(essays, result('ours') as PipelineResult, result('reference'), pagefind, hugoResult);
}

const report: BenchReport = { generatedAt: new Date().toISOString(), machine: describeMachine(), results: [] };
const resultsFile = path.join(benchDir, 'results.json');
await mkdir(benchDir, { recursive: true });

for (const essays of options.sizes) {
	report.results.push(await measureSize(essays));
	// Written after every size, so a long run that is stopped still leaves its finished sizes behind.
	await writeFile(resultsFile, `${JSON.stringify(report, null, '\t')}\n`);
}

const { machine } = report;
console.log(`\n${formatTable(report.results)}\n\n${formatGoals(report.results)}\n`);
console.log(`${machine.cores} cores, ${machine.memory}, ${machine.cpu}, Node ${machine.node}, Astro ${machine.astro}`);
console.log(`Results written to ${path.relative(repoRoot, resultsFile)}.`);
