import { plural } from '../../src/lib/format.ts';

/**
 * One thing someone has to fix, found by the content check, the built-site verifier or the budget: where it is,
 * what is wrong and what to do instead.
 */
export interface Problem {
	/** The file, relative to the repository or the built site: `content/essays/impact-that-counts.mdx`, `index.html`. */
	file: string;
	/** The collection and entry id, printed as Astro prints them: `essays → impact-that-counts`. */
	entry?: string;
	/** The 1-based line in the file, when known. */
	line?: number;
	/** The frontmatter field, e.g. `summary` or `phases.0.name`; absent for problems in the body. */
	field?: string;
	/** What is wrong and how to fix it, in one or two sentences. */
	message: string;
}

/** How a report of problems opens and closes, in the words of the command that found them. */
export interface ProblemReport {
	/** The first line, from the counts: `({ problems: '3 problems', files: '2 files' }) => 'Content check found 3 problems in 2 files.'`. */
	summary: (counts: { problems: string; files: string }) => string;
	/** The last line: what to do once each is fixed. */
	nextStep: string;
	/** The whole report when nothing is wrong. */
	none: string;
}

/**
 * Formats problems the way Astro reports schema errors, grouped by file (and entry), between the report's counts
 * and what to do:
 *
 *     essays → impact-that-counts (content/essays/impact-that-counts.mdx)
 *       line 4 **number**: Expected a whole number, got "four". Write a whole number without quotes, e.g. 2.
 */
export function formatProblems(problems: readonly Problem[], report: ProblemReport): string {
	if (problems.length === 0) return report.none;
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const sections = [...byFile].map(([file, list]) => {
		const heading = list[0]?.entry ? `${list[0].entry} (${file})` : file;
		const lines = list.map((problem) => {
			const at = problem.line ? `line ${problem.line} ` : '';
			const field = problem.field ? `**${problem.field}**: ` : '';
			return `  ${at}${field}${problem.message}`;
		});
		return [heading, ...lines].join('\n');
	});
	return [
		report.summary({ problems: plural(problems.length, 'problem'), files: plural(byFile.size, 'file') }),
		'',
		...sections.flatMap((section) => [section, '']),
		report.nextStep,
	]
		.join('\n')
		.trimEnd();
}
