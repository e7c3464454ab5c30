import type { Problem } from '../problem.ts';
import { SourceSchema } from '../../../src/lib/schemas/index.ts';
import type { BodyOutline } from '../../../src/lib/mdx/outline.ts';
import { readYaml } from './frontmatter.ts';
import { closest, issuesToProblems } from './schema.ts';
import { at, type ParsedEntry, type SourceFile } from './types.ts';

/** The bibliography file every `<Source id="…" />` cites from. */
export const SOURCES_FILE = 'sources/sources.yaml';

/**
 * Reads and validates the bibliography (a YAML list of sources), naming the line of each problem,
 * and returns the ids it defines. A repeated id is a problem: a citation could not tell which it meant.
 */
export function readSources(file: SourceFile): { ids: string[]; problems: Problem[] } {
	const where = { file: file.path, entry: 'sources' };
	const { data, lineOf, problems } = readYaml(file.source, 1, where);
	if (problems.length) return { ids: [], problems };
	if (!Array.isArray(data)) {
		return {
			ids: [],
			problems: [{ ...where, line: 1, message: 'The bibliography must be a list: each source starts with "- id: …".' }],
		};
	}
	const ids: string[] = [];
	data.forEach((item, index) => {
		const result = SourceSchema.safeParse(item);
		if (!result.success) {
			problems.push(
				...issuesToProblems(result.error, where, (path) => lineOf([index, ...path])).map((problem) => ({
					...problem,
					field: `${index}.${problem.field ?? ''}`.replace(/\.$/, ''),
				})),
			);
			return;
		}
		if (ids.includes(result.data.id)) {
			problems.push({
				...where,
				line: lineOf([index, 'id']),
				field: `${index}.id`,
				message: `The id "${result.data.id}" is used by an earlier source too. Give each source its own id.`,
			});
		}
		ids.push(result.data.id);
	});
	return { ids, problems };
}

/**
 * Components that name other content must name something that exists: `<Source id>` a source in the
 * bibliography, `<BarChart dataset group>` a dataset and one of its groups.
 */
export function componentReferenceProblems(
	sources: readonly { entry: ParsedEntry; outline: BodyOutline }[],
	{ sourceIds, datasets }: { sourceIds?: readonly string[]; datasets: readonly ParsedEntry[] },
): Problem[] {
	const problems: Problem[] = [];
	for (const { entry, outline } of sources) {
		for (const component of outline.components) {
			const report = (message: string) =>
				problems.push({ ...at(entry), line: entry.bodyLine + component.line - 1, message });
			const { id, dataset, group } = component.attributes;
			if (component.name === 'Source' && sourceIds && typeof id === 'string' && !sourceIds.includes(id)) {
				const guess = closest(id, sourceIds);
				report(
					`<Source id="${id}"> cites no source in content/${SOURCES_FILE}. ${guess ? `Did you mean "${guess}"? ` : ''}Add the source there, or correct the id.`,
				);
			}
			if (component.name === 'BarChart' && typeof dataset === 'string') {
				const found = datasets.find((d) => d.id === dataset);
				if (!found) {
					report(
						`<BarChart dataset="${dataset}"> names no dataset. Use one of: ${datasets.map((d) => d.id).join(', ') || 'none yet'} (the file names in content/datasets/).`,
					);
					continue;
				}
				const groups = Array.isArray(found.data.groups)
					? (found.data.groups as { id?: unknown }[]).map((g) => String(g.id))
					: [];
				if (typeof group === 'string' && !groups.includes(group)) {
					report(
						`<BarChart group="${group}">: dataset "${dataset}" has no such group. Use one of: ${groups.join(', ')}.`,
					);
				}
			}
		}
	}
	return problems;
}
