/**
 * `npm run budget`: checks a built site (dist/ by default; `npm run build` first) against the performance budget
 * of issue 4 and exits non-zero when a page breaks it. See scripts/budget/README.md.
 *   --dist <folder>     the built site to check
 *   --base <path>       the base path it was built for (BASE_PATH), e.g. /lab-essays/
 *   --no-lighthouse     skip the Lighthouse audits (they take about a minute)
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { settings } from '../../src/settings.ts';
import { listFiles } from '../../src/integrations/list-files.ts';
import { BUDGET, LIGHTHOUSE_PAGES } from './budgets.ts';
import { kb, lighthouseProblems, scriptProblems, scriptReport, weightProblems } from './checks.ts';
import { pageAssets } from './page-assets.ts';
import { groupBy, lighthouseTable, scriptSummary, weightTable } from './report.ts';
import { pageWeight } from './weight.ts';
import type { Problem } from '../lib/problem.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		base: { type: 'string', default: settings.base },
		'no-lighthouse': { type: 'boolean', default: false },
	},
});
const dist = path.resolve(root, values.dist);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(path.join(dist, 'index.html'))) {
	console.error(
		`No built site in ${path.relative(root, dist) || '.'}/. Run npm run build first, or pass --dist <folder>.`,
	);
	process.exit(2);
}

const problems: Problem[] = [];
const htmlPages = (await listFiles(dist)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

// 1. JavaScript on load: only the theme script, under 1 KB, on every page.
const scripts = [];
for (const file of htmlPages) {
	const report = scriptReport(file, pageAssets(await readFile(path.join(dist, file), 'utf8')));
	scripts.push(report);
	problems.push(...scriptProblems(report));
}
console.log(scriptSummary(scripts));

// 2. An essay's HTML, CSS and fonts, compressed.
const essays = htmlPages.filter((f) => /^essays\/[^/]+\/index\.html$/.test(f));
const weights = await Promise.all(essays.map((file) => pageWeight(dist, file, base)));
for (const report of weights) problems.push(...weightProblems(report));
console.log(`\nEssay pages: HTML + CSS + fonts, budget ${kb(BUDGET.essayWeightBytes)} gzip (level 9)\n`);
console.log(weightTable(weights));

// 3. Lighthouse, mobile, on home, an essay, a project and an update.
if (values['no-lighthouse']) {
	console.log('\nLighthouse: skipped (--no-lighthouse).');
} else {
	const { runLighthouse } = await import('./lighthouse.ts');
	const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(chromePath)) {
		console.error(`\nLighthouse needs Chromium at ${chromePath}: apt-get install -y chromium, or set CHROME_PATH.`);
		process.exit(2);
	}
	const pages = LIGHTHOUSE_PAGES.map((p) => (base === '/' ? p : `${base.slice(0, -1)}${p}`));
	const reports = await runLighthouse(dist, pages, chromePath);
	for (const report of reports) problems.push(...lighthouseProblems(report));
	console.log('\nLighthouse (mobile, simulated throttling), every category must be 100\n');
	console.log(lighthouseTable(reports));
}

if (problems.length > 0) {
	console.error(`\n${problems.length} budget problem(s):`);
	for (const [message, group] of groupBy(problems, (p) => p.message)) {
		const pages = group.map((p) => p.file);
		const named =
			pages.length > 4 ? `${pages.slice(0, 3).join(', ')} and ${pages.length - 3} more pages` : pages.join(', ');
		console.error(`  ${named}: ${message}`);
	}
	process.exit(1);
}
console.log('\nEvery page is within budget.');
