import type { Problem } from '../problem.ts';
import { at, type ParsedEntry } from './types.ts';

/** An essay's place in its project's series. */
export interface SeriesItem {
	entry: ParsedEntry;
	project: string;
	number: number;
}

/**
 * Essay numbers must be unique within a project and run 1, 2, 3… without gaps,
 * because readers see "Essay 3 of 6" and previous/next links. `checkGaps: false` when some essay could not be read.
 */
export function seriesProblems(items: readonly SeriesItem[], { checkGaps = true } = {}): Problem[] {
	const problems: Problem[] = [];
	const projects = new Set(items.map((item) => item.project));
	for (const project of projects) {
		const series = items.filter((item) => item.project === project).sort((a, b) => a.number - b.number);
		const numbers = [...new Set(series.map((item) => item.number))];
		const problem = (item: SeriesItem, message: string): Problem => ({
			...at(item.entry),
			line: item.entry.lineOf(['number']),
			field: 'number',
			message,
		});
		for (const item of series) {
			const others = series.filter((other) => other !== item && other.number === item.number);
			if (others.length) {
				problems.push(
					problem(
						item,
						`Essay ${item.number} of project "${project}" is also ${others.map((o) => o.entry.file).join(' and ')}. Give each essay in a project its own number.`,
					),
				);
			}
		}
		let expected = 1;
		for (const number of checkGaps ? numbers : []) {
			if (number !== expected) {
				const first = series.find((item) => item.number === number)!;
				const missing = expected === number - 1 ? `essay ${expected}` : `essays ${expected} to ${number - 1}`;
				problems.push(
					problem(
						first,
						`Project "${project}" has no ${missing}, so its series has a gap (numbers used: ${numbers.join(', ')}). Number the essays 1, 2, 3… without gaps.`,
					),
				);
			}
			expected = number + 1;
		}
	}
	return problems;
}
