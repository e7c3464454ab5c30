import { goals, type SizeResult } from './results.ts';

/** Milliseconds as seconds with one decimal: `seconds(51234) => '51.2 s'`; a dash when missing. */
export const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (value: number | undefined) => (value === undefined ? '–' : `${value} MB`);
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const percent = (value: number | null) => (value === null ? '' : ` (${Math.round(value * 100)}%)`);
const kb = (value: number) => (value >= 1024 ? `${(value / 1024).toFixed(1)} MB` : `${value} kB`);

const HEADER = [
	'Essays',
	'Ours cold',
	'Reference cold',
	'Ratio',
	'CPU ratio',
	'Ours warm (of cold)',
	'Reference warm',
	'Ours no-edit rebuild',
	'Ours peak RSS',
	'Reference peak RSS',
	'Hugo cold (ours ×)',
	'Hugo peak RSS',
	'Pagefind index',
];

/** One Markdown table row per size, ready to paste into the README. */
export function formatTable(results: readonly SizeResult[]): string {
	const rows = results.map((r) => [
		String(r.essays),
		seconds(r.ours.coldMs),
		seconds(r.reference?.coldMs),
		times(r.ratio),
		times(r.cpuRatio),
		`${seconds(r.ours.warmMs)}${percent(r.warmShare)}`,
		seconds(r.reference?.warmMs),
		`${seconds(r.ours.noEditWarmMs)}${percent(r.noEditWarmShare)}`,
		mb(r.ours.peakRssMb),
		mb(r.reference?.peakRssMb),
		r.hugo ? `${seconds(r.hugo.coldMs)} (${times(r.hugoRatio)})` : '–',
		mb(r.hugo?.peakRssMb),
		r.pagefind ? `${seconds(r.pagefind.indexMs)}, ${kb(r.pagefind.sizeKb)}` : '–',
	]);
	const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One line per size naming the goals met and missed: `2000 essays: ✓ cold ≤ 1.5× reference, ✗ …`. */
export function formatGoals(results: readonly SizeResult[]): string {
	return results
		.map((r) => {
			const marks = goals(r).map(({ goal, met }) => `${met === null ? '?' : met ? '✓' : '✗'} ${goal}`);
			return `${r.essays} essays: ${marks.join(', ')}`;
		})
		.join('\n');
}
