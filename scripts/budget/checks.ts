import { BUDGET, SCRIPT_EXEMPT_PAGES } from './budgets.ts';
import type { Problem } from '../lib/problem.ts';
import type { PageAssets } from './page-assets.ts';

/** A page's JavaScript on load: the theme script's bytes and every other script, which the budget forbids. */
export interface ScriptReport {
	page: string;
	pageScriptBytes: number;
	otherScripts: string[];
	exemptBecause?: string;
}

/** Measures the scripts of one page (`file` is site-relative, e.g. 'essays/x/index.html'). */
export function scriptReport(file: string, assets: PageAssets): ScriptReport {
	const encoder = new TextEncoder();
	const pageScripts = assets.scripts.filter((s) => s.kind === 'inline' && s.pageScript);
	const others = assets.scripts.filter((s) => !(s.kind === 'inline' && s.pageScript));
	return {
		page: file,
		pageScriptBytes: pageScripts.reduce((n, s) => n + encoder.encode(s.code ?? '').length, 0),
		otherScripts: [
			...others.map((s) => (s.kind === 'external' ? s.src! : `inline script (${(s.code ?? '').length} characters)`)),
			...(pageScripts.length > 1 ? [`${pageScripts.length - 1} extra theme script(s)`] : []),
		],
		exemptBecause: SCRIPT_EXEMPT_PAGES[file],
	};
}

/** Problems in a script report: any script but the theme script, or a theme script of 1 KB or more. */
export function scriptProblems(report: ScriptReport): Problem[] {
	const problems: Problem[] = [];
	if (report.pageScriptBytes >= BUDGET.pageScriptBytes) {
		problems.push({
			file: report.page,
			message: `the theme script is ${report.pageScriptBytes} bytes; keep it under ${BUDGET.pageScriptBytes} (src/browser/page-enhancements.js).`,
		});
	}
	if (report.otherScripts.length > 0 && !report.exemptBecause) {
		problems.push({
			file: report.page,
			message: `loads JavaScript on load besides the theme script: ${report.otherScripts.join(', ')}. Load it only when the reader asks for it.`,
		});
	}
	return problems;
}

/** Compressed sizes of an essay page's HTML, CSS and fonts. */
export interface WeightReport {
	page: string;
	files: number;
	rawBytes: number;
	gzipBytes: number;
	brotliBytes: number;
}

/** Problems in an essay's weight: over 60 KB gzip-compressed. */
export function weightProblems(report: WeightReport): Problem[] {
	if (report.gzipBytes <= BUDGET.essayWeightBytes) return [];
	return [
		{
			file: report.page,
			message: `HTML, CSS and fonts weigh ${kb(report.gzipBytes)} gzip-compressed; the budget is ${kb(BUDGET.essayWeightBytes)}.`,
		},
	];
}

/** Lighthouse scores (0–100) per category for one page. */
export interface LighthouseReport {
	page: string;
	scores: Record<string, number>;
	/** Audits that lost points, for the message. */
	failingAudits: string[];
}

/** Problems in a Lighthouse report: any category under 100. */
export function lighthouseProblems(report: LighthouseReport): Problem[] {
	const low = Object.entries(report.scores).filter(([, score]) => score < BUDGET.lighthouseScore);
	if (low.length === 0) return [];
	return [
		{
			file: report.page,
			message: `Lighthouse ${low.map(([c, s]) => `${c} ${s}`).join(', ')} (needs ${BUDGET.lighthouseScore}); audits losing points: ${report.failingAudits.join(', ') || 'none listed'}.`,
		},
	];
}

/** Bytes as kilobytes with one decimal: `kb(1536)` => "1.5 KB". */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
