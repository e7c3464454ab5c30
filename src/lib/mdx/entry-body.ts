const FENCE = /^---[ \t]*$/;

/** An MDX file split at its frontmatter fences: the YAML between them and the body after, with its first line. */
export interface EntryParts {
	yaml: string;
	body: string;
	/** The file's line the body starts on (1-based). */
	bodyLine: number;
}

/**
 * Splits an MDX file's text (a byte-order mark already removed) at its `---` fences, as the content check reads it:
 * line endings become `\n`. `'unopened'` when the first line is not `---`, `'unclosed'` when no later line is.
 * `entryParts('---\ntitle: x\n---\n# Hi')` => `{ yaml: 'title: x', body: '# Hi', bodyLine: 4 }`.
 */
export function entryParts(source: string): EntryParts | 'unopened' | 'unclosed' {
	const lines = source.split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) return 'unopened';
	const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (close === -1) return 'unclosed';
	return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
