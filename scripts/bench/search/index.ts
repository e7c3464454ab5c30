// npm run bench:search — how fast and how heavy search is on a 10,000-page site. See README.md in this folder.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { parseVocabulary, suggest } from '../../../src/browser/search/suggest.ts';
import { writeVocabulary } from '../../../src/integrations/pagefind.ts';
import { headersFor, parseHeaders } from '../../../src/lib/deploy/headers-file.ts';
import { VOCABULARY_FILE } from '../../../src/lib/search/vocabulary.ts';
import { chromePath, launchBrowser } from '../../../tests/support/browser.ts';
import { corpusName, fallbackVocabulary, searchCorpusPage } from './corpus.ts';
import { canReuseIndex, type IndexStamp } from './reuse.ts';
import { formatSearchTable, median, summarise, type SearchSample } from './stats.ts';
import { commonWord, listWords, misspellings, WORD_LIST, zipfVocabulary } from './zipf.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = path.join(root, '.bench/search');
const site = path.join(work, 'site');
// The generated index is kept here between runs, so SEARCH_BENCH_REUSE=1 can measure a change to the search UI
// without indexing 10,000 pages again.
const saved = path.join(work, 'index');
const stampFile = path.join(saved, 'stamp.json');
const PAGES = Number(process.env.SEARCH_BENCH_PAGES ?? 10_000);
const RUNS = Number(process.env.SEARCH_BENCH_RUNS ?? 5);
// Names shared by about ten pages each, as a reader searches for a place, person or organisation (like "Barbican");
// one per step of each run, so no query reuses another's index chunks or results.
const QUERIES = [17, 230, 555, 1_200, 1_999, 42, 777, 1_500, 999, 64, 1_111, 333, 1_750, 88, 1_400].map(corpusName);
// The prose's words, drawn by Zipf's law from Debian's wbritish word list (made-up words when it is missing).
const prose = existsSync(WORD_LIST)
	? zipfVocabulary(listWords(readFileSync(WORD_LIST, 'utf8')), { source: WORD_LIST })
	: fallbackVocabulary();
if (prose.source === 'fallback') {
	console.warn(`${WORD_LIST} is missing (apt-get install wbritish): the corpus uses made-up words.`);
}
// A word on almost every page: the worst case, timed as a next query once everything is loaded.
const COMMON_WORD = commonWord(prose);
// Misspellings of frequent words of the generated prose, for "Did you mean …": one per run, each shown in the open
// dialog.
const MISSPELT = misspellings(prose);

const log = (message: string) => process.stdout.write(`${message}\n`);

/** Builds the real site (its search UI and bundles) into .bench/search/site. */
async function buildSite(): Promise<void> {
	rmSync(site, { recursive: true, force: true });
	const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
	await new Promise<void>((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build', '--outDir', site], {
			cwd: root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}.`))));
	});
}

/** What the generated index is made from: reused only when all of it is the same (reuse.ts). */
function indexStamp(): IndexStamp {
	const code = createHash('sha256');
	for (const file of [
		'scripts/bench/search/corpus.ts',
		'scripts/bench/search/zipf.ts',
		'src/integrations/pagefind.ts',
		'src/lib/search/vocabulary.ts',
	]) {
		code.update(readFileSync(path.join(root, file)));
	}
	const version = JSON.parse(readFileSync(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as {
		version: string;
	};
	return {
		pages: PAGES,
		prose: prose.source,
		pagefind: version.version,
		code: code.digest('hex').slice(0, 16),
	};
}

interface IndexResult {
	ms: number;
	pages: number;
	kb: number;
	reused: boolean;
}

/**
 * Replaces the site's index with one of the real pages plus PAGES generated ones, built into `saved` (or taken
 * from there when SEARCH_BENCH_REUSE=1 and its stamp matches); returns how long indexing took when it was built.
 */
async function indexCorpus(): Promise<IndexResult> {
	const stamp = indexStamp();
	const savedStamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : undefined;
	if (canReuseIndex(stamp, savedStamp, process.env.SEARCH_BENCH_REUSE === '1')) {
		const { result } = JSON.parse(savedStamp!) as { result: Omit<IndexResult, 'reused'> };
		installIndex();
		return { ...result, reused: true };
	}
	const started = performance.now();
	rmSync(saved, { recursive: true, force: true });
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const real = await index.addDirectory({ path: site });
		if (real.errors.length) throw new Error(real.errors.join('; '));
		for (let i = 1; i <= PAGES; i++) {
			const added = await index.addHTMLFile(searchCorpusPage(i, 1, prose));
			if (added.errors.length) throw new Error(`Page ${i}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: path.join(saved, 'pagefind') });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		await writeVocabulary(saved);
		const bytes = readdirSync(path.join(saved, 'pagefind'), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.reduce((sum, entry) => sum + readFileSync(path.join(entry.parentPath, entry.name)).length, 0);
		const result = {
			ms: Math.round(performance.now() - started),
			pages: real.page_count + PAGES,
			kb: Math.round(bytes / 1024),
		};
		writeFileSync(stampFile, `${JSON.stringify({ ...stamp, result }, null, 2)}\n`);
		installIndex();
		return { ...result, reused: false };
	} finally {
		await pagefind.close();
	}
}

/** Puts the saved index in place of the site's own. */
function installIndex(): void {
	rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
	cpSync(path.join(saved, 'pagefind'), path.join(site, 'pagefind'), { recursive: true });
}

/**
 * Serves the site as a static host would: the headers its _headers file gives (cache lifetimes, CSP), and gzip for
 * text files (precompressed here; Pagefind's index files are compressed by Pagefind already).
 */
async function serve(): Promise<{ origin: string; server: Server }> {
	for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && /\.(js|css|html|json|svg|xml|txt)$/.test(entry.name)) {
			const file = path.join(entry.parentPath, entry.name);
			writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
		}
	}
	const rules = parseHeaders(readFileSync(path.join(site, '_headers'), 'utf8'));
	const files = sirv(site, { dev: false, etag: true, gzip: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(headersFor(rules, new URL(req.url ?? '/', 'http://x').pathname))) {
			res.setHeader(name, value);
		}
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Counts bytes on the wire (compressed bodies and headers) for every request of a context, pages and workers. */
function meter(context: BrowserContext) {
	let bytes = 0;
	let requests = 0;
	context.on('requestfinished', async (request) => {
		const sizes = await request.sizes().catch(() => undefined);
		if (!sizes) return;
		requests++;
		// Chromium reports -1 (less its own bookkeeping) for what it did not fetch; a cached file costs nothing.
		bytes += Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
		if (process.env.SEARCH_BENCH_DEBUG) log(`  ${sizes.responseBodySize} ${request.url()}`);
	});
	return {
		reset: () => ((bytes = 0), (requests = 0)),
		read: () => ({ bytes, requests }),
	};
}

/** Types a query into the open search dialog and times it until the first result is on screen. */
async function timeQuery(tab: Page, query: string): Promise<number> {
	await tab.evaluate((query) => {
		const state = window as unknown as { benchStart: number; benchDone: Promise<number> };
		state.benchStart = 0;
		const dialog = document.querySelector('dialog.search-dialog')!;
		const list = dialog.querySelector('.search-results')!;
		const input = dialog.querySelector('input')!;
		list.replaceChildren();
		input.addEventListener('input', () => (state.benchStart = performance.now()), { once: true, capture: true });
		state.benchDone = new Promise((resolve) => {
			// Results of this query only: a slower earlier query may still append its last results.
			const observer = new MutationObserver(() => {
				const link = list.querySelector('li a')?.getAttribute('href') ?? '';
				if (state.benchStart && link.includes(`highlight=${query.toLowerCase()}`)) {
					observer.disconnect();
					resolve(performance.now());
				}
			});
			observer.observe(list, { childList: true });
		});
	}, query);
	await tab.locator('dialog.search-dialog input').fill(query);
	return tab.evaluate(async () => {
		const state = window as unknown as { benchStart: number; benchDone: Promise<number> };
		return (await state.benchDone) - state.benchStart;
	});
}

/** Types a misspelt query into the open dialog and times it until "Did you mean …" offers the right word. */
async function timeSuggestion(tab: Page, query: string): Promise<number> {
	await tab.evaluate(() => {
		const state = window as unknown as { benchStart: number; benchDone: Promise<number> };
		const dialog = document.querySelector('dialog.search-dialog')!;
		const input = dialog.querySelector('input')!;
		input.addEventListener('input', () => (state.benchStart = performance.now()), { once: true, capture: true });
		state.benchDone = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				const offer = dialog.querySelector('.search-suggestion-button')?.textContent ?? '';
				if (state.benchStart && offer && offer !== input.value) {
					observer.disconnect();
					resolve(performance.now());
				}
			});
			observer.observe(dialog, { childList: true, subtree: true, characterData: true });
		});
	});
	await tab.locator('dialog.search-dialog input').fill(query);
	return tab.evaluate(async () => {
		const state = window as unknown as { benchStart: number; benchDone: Promise<number> };
		return (await state.benchDone) - state.benchStart;
	});
}

/** The vocabulary's size, and how long parsing it and suggesting for each misspelling take in Node (medians). */
function vocabularyCost() {
	const text = readFileSync(path.join(site, VOCABULARY_FILE), 'utf8');
	const timed = (run: () => unknown) => {
		const samples = Array.from({ length: 15 }, () => {
			const started = performance.now();
			run();
			return performance.now() - started;
		});
		return Math.round(median(samples) * 10) / 10;
	};
	const vocabulary = parseVocabulary(text);
	return {
		words: vocabulary.words.length,
		kb: Math.round(Buffer.byteLength(text) / 102.4) / 10,
		gzipKb: Math.round(gzipSync(text, { level: 9 }).length / 102.4) / 10,
		parseMs: timed(() => parseVocabulary(text)),
		suggestMs: timed(() => MISSPELT.forEach((query) => suggest(query, vocabulary))) / MISSPELT.length,
		suggestions: Object.fromEntries(MISSPELT.map((query) => [query, suggest(query, vocabulary)])),
	};
}

/** Opens a page that has loaded no search code, opens the dialog with `/` and times one query. */
async function dialogSearch(context: BrowserContext, origin: string, query: string, counter: ReturnType<typeof meter>) {
	const tab = await context.newPage();
	await tab.goto(`${origin}/about/`);
	await tab.waitForLoadState('networkidle');
	counter.reset();
	await tab.keyboard.press('/');
	await tab.locator('dialog.search-dialog input').waitFor();
	const ms = await timeQuery(tab, query);
	await tab.waitForLoadState('networkidle');
	return { tab, sample: { ms, ...counter.read() } satisfies SearchSample };
}

async function main() {
	log(`Building the site into ${path.relative(root, site)} …`);
	await buildSite();
	log(`Indexing the site plus ${PAGES.toLocaleString('en-GB')} generated pages …`);
	const index = await indexCorpus();
	log(
		`${index.reused ? 'Reused the index of' : 'Indexed'} ${index.pages.toLocaleString('en-GB')} pages ${index.reused ? '(built in' : 'in'} ${(index.ms / 1000).toFixed(1)} s${index.reused ? ')' : ''}; index ${index.kb.toLocaleString('en-GB')} KB.`,
	);
	const { origin, server } = await serve();
	const browser = await launchBrowser();
	const cold: SearchSample[] = [];
	const warm: SearchSample[] = [];
	const next: SearchSample[] = [];
	const common: SearchSample[] = [];
	const misspelt: SearchSample[] = [];
	try {
		for (let run = 0; run < RUNS; run++) {
			const [first, second, third] = [0, 1, 2].map((k) => QUERIES[(run * 3 + k) % QUERIES.length]!);
			// Cold: a new browser profile, so nothing of search is cached.
			const context = await browser.newContext();
			const counter = meter(context);
			const coldRun = await dialogSearch(context, origin, first!, counter);
			cold.push(coldRun.sample);
			// The next query in the same dialog: everything loaded, only new index chunks and results.
			counter.reset();
			const ms = await timeQuery(coldRun.tab, second!);
			await coldRun.tab.waitForLoadState('networkidle');
			next.push({ ms, ...counter.read() });
			counter.reset();
			const commonMs = await timeQuery(coldRun.tab, COMMON_WORD);
			await coldRun.tab.waitForLoadState('networkidle');
			common.push({ ms: commonMs, ...counter.read() });
			counter.reset();
			const suggestionMs = await timeSuggestion(coldRun.tab, MISSPELT[run % MISSPELT.length]!);
			await coldRun.tab.waitForLoadState('networkidle');
			misspelt.push({ ms: suggestionMs, ...counter.read() });
			await coldRun.tab.close();
			// Warm: a later visit in the same profile; the HTTP cache holds what the first visit fetched.
			const warmRun = await dialogSearch(context, origin, third!, counter);
			warm.push(warmRun.sample);
			await context.close();
			log(
				`Run ${run + 1}/${RUNS}: cold ${Math.round(cold.at(-1)!.ms)} ms, warm ${Math.round(warm.at(-1)!.ms)} ms, next ${Math.round(ms)} ms`,
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
	const rows = [
		{ scenario: 'Cold: first search, empty cache', result: summarise(cold), warm: false },
		{ scenario: 'Warm: later visit, cached', result: summarise(warm), warm: true },
		{ scenario: 'Next query, same dialog', result: summarise(next), warm: true },
		{ scenario: `Worst case: “${COMMON_WORD}”, on most pages`, result: summarise(common), warm: true },
		{ scenario: 'Misspelt word: typing → “Did you mean …”', result: summarise(misspelt), warm: true },
	];
	const vocabulary = vocabularyCost();
	const machine = {
		cpu: /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model,
		cores: os.availableParallelism(),
		memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
		chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim(),
		node: process.version,
	};
	log(`\n${PAGES.toLocaleString('en-GB')} generated pages + the real site, medians of ${RUNS} runs:\n`);
	log(formatSearchTable(rows));
	log(
		`\n“Did you mean …”: vocabulary of ${vocabulary.words.toLocaleString('en-GB')} words, ${vocabulary.kb} KB (${vocabulary.gzipKb} KB gzipped), fetched only for a query whose first results do not mark all its words; parsing it takes ${vocabulary.parseMs} ms and a suggestion ${vocabulary.suggestMs.toFixed(1)} ms in Node (${Object.entries(
			vocabulary.suggestions,
		)
			.map(([q, s]) => `${q} → ${s}`)
			.join(', ')}).`,
	);
	log(
		`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; ${machine.chromium}; Node ${machine.node}`,
	);
	mkdirSync(work, { recursive: true });
	writeFileSync(
		path.join(work, 'results.json'),
		`${JSON.stringify({ date: new Date().toISOString(), pages: index.pages, index, prose: prose.source, commonWord: COMMON_WORD, runs: RUNS, machine, rows, vocabulary, samples: { cold, warm, next, common, misspelt } }, null, 2)}\n`,
	);
	log(`Results written to ${path.relative(root, path.join(work, 'results.json'))}.`);
}

await main();
