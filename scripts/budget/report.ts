import { BUDGET } from './budgets.ts';
import { kb, type LighthouseReport, type ScriptReport, type WeightReport } from './checks.ts';

/** The script budget in a few lines, pages that load the same extra scripts grouped together. */
export function scriptSummary(reports: readonly ScriptReport[]): string {
	const largest = Math.max(0, ...reports.map((r) => r.pageScriptBytes));
	const extra = reports.filter((r) => r.otherScripts.length > 0);
	const lines = [
		`JavaScript on load: ${reports.length} pages; the theme script is at most ${largest} bytes (budget: under ${BUDGET.pageScriptBytes}).`,
	];
	for (const [scripts, group] of groupBy(extra, (r) => r.otherScripts.join(', '))) {
		const names = group.map((r) => (r.exemptBecause ? `${r.page} (allowed: ${r.exemptBecause})` : r.page));
		const shown = names.length > 4 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
		lines.push(`  ${group.length} page(s) also load ${scripts}: ${shown}`);
	}
	if (extra.length === 0) lines.push('  No page loads any other script.');
	return lines.join('\n');
}

/** A Markdown table of essay weights. */
export function weightTable(reports: readonly WeightReport[]): string {
	const rows = [...reports]
		.sort((a, b) => b.gzipBytes - a.gzipBytes)
		.map((r) => `| ${r.page} | ${r.files} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ${kb(r.brotliBytes)} |`);
	return ['| Essay page | Files | Raw | gzip | brotli |', '| --- | --: | --: | --: | --: |', ...rows].join('\n');
}

/** A Markdown table of Lighthouse scores. */
export function lighthouseTable(reports: readonly LighthouseReport[]): string {
	const categories = Object.keys(reports[0]?.scores ?? {});
	const rows = reports.map((r) => `| ${r.page} | ${categories.map((c) => r.scores[c]).join(' | ')} |`);
	return [`| Page | ${categories.join(' | ')} |`, `| --- |${categories.map(() => ' --: |').join('')}`, ...rows].join(
		'\n',
	);
}

/** Groups items by a key, keeping first-seen order: `groupBy(['a', 'bb', 'c'], (s) => s.length)`. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
	const groups = new Map<K, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return [...groups];
}
