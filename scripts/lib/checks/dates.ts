import type { Problem } from '../problem.ts';
import { isoDate } from '../../../src/lib/format.ts';
import { at, type ParsedEntry } from './types.ts';

interface Dated {
	entry: ParsedEntry;
	data: Record<string, unknown>;
}

const asDate = (value: unknown) => (value instanceof Date ? value : undefined);

/** A problem when `later` is before `earlier` in one entry, e.g. `updated` before `published`. */
function order(
	{ entry }: Dated,
	path: PropertyKey[],
	[laterName, later]: [string, unknown],
	[earlierName, earlier]: [string, unknown],
): Problem[] {
	const end = asDate(later);
	const start = asDate(earlier);
	if (!end || !start || end.getTime() >= start.getTime()) return [];
	return [
		{
			...at(entry),
			line: entry.lineOf([...path, laterName]),
			field: [...path, laterName].join('.'),
			message: `${isoDate(end)} is before ${earlierName} (${isoDate(start)}). Use a date on or after ${isoDate(start)}.`,
		},
	];
}

/** Dates that must come in order: `updated` after `published`, a project's and each phase's `end` after `start`. */
export function dateOrderProblems(entries: readonly Dated[]): Problem[] {
	return entries.flatMap((item) => {
		const { data } = item;
		const phases = Array.isArray(data.phases) ? (data.phases as Record<string, unknown>[]) : [];
		return [
			...order(item, [], ['updated', data.updated], ['published', data.published]),
			...order(item, [], ['end', data.end], ['start', data.start]),
			...phases.flatMap((phase, index) => order(item, ['phases', index], ['end', phase.end], ['start', phase.start])),
		];
	});
}
