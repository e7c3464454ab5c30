import type { HeaderRule } from './headers.ts';

/** Thrown for a `_headers` line that is neither a path, a header nor a comment. */
export class HeadersSyntaxError extends Error {
	override name = 'HeadersSyntaxError';
}

/**
 * Parses a `_headers` file (Netlify / Cloudflare Pages syntax): an unindented path line starts a rule, indented
 * `Name: value` lines add headers to it, `#` starts a comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const match = /^\s+([^:\s][^:]*):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) {
			throw new HeadersSyntaxError(
				`_headers line ${index + 1}: "${line.trim()}" must be an indented "Name: value" under a path line.`,
			);
		}
		rule.headers.push([match[1]!.trim(), match[2]!.trim()]);
	});
	return rules;
}

/** Whether a `_headers` path pattern matches a request path: `*` matches anything, `:name` one segment. */
export function pathMatches(pattern: string, pathname: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for a path: every matching rule contributes, and a header named by several rules is
 * joined with ", " as Cloudflare Pages and Netlify do. Names are returned lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const result: Record<string, string> = {};
	for (const rule of rules) {
		if (!pathMatches(rule.path, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			result[key] = key in result ? `${result[key]}, ${value}` : value;
		}
	}
	return result;
}
