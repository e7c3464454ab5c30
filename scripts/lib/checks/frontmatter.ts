import { isMap, isScalar, isSeq, LineCounter, parseDocument, Schema, type Node, type ScalarTag } from 'yaml';
import type { Problem } from '../problem.ts';
import { calendarFault } from '../../../src/lib/calendar.ts';
import { entryId } from '../../../src/lib/content/entry-id.ts';
import { entryParts } from '../../../src/lib/mdx/entry-body.ts';
import type { EntryFile, ParsedEntry } from './types.ts';

/**
 * Reads a content file: the YAML frontmatter of an MDX file (between `---` lines) or a whole YAML file.
 * Uses the `yaml` parser with its timestamp tag, so values read as Astro's js-yaml reads them (dates become
 * dates), while keeping every node's position so problems name their line.
 */
export function parseEntry(file: EntryFile): {
	entry?: ParsedEntry;
	problems: Problem[];
} {
	const where = { file: file.path, entry: `${file.collection} → ${entryId(file.relativePath)}` };
	// A byte-order mark (some Windows editors write one) is not part of the text; Astro skips it too.
	const source = file.source.replace(/^\uFEFF/, '');
	const isYamlFile = /\.ya?ml$/.test(file.relativePath);
	let yamlText = source;
	let firstLine = 1;
	let body = '';
	let bodyLine = source.split(/\r?\n/).length + 1;
	if (!isYamlFile) {
		const parts = entryParts(source);
		if (parts === 'unopened') {
			return {
				problems: [
					{ ...where, line: 1, message: 'The file must start with a line `---`, then the frontmatter, then `---`.' },
				],
			};
		}
		if (parts === 'unclosed') {
			return {
				problems: [
					{ ...where, line: 1, message: 'The frontmatter is not closed: add a line `---` after its last field.' },
				],
			};
		}
		({ body, bodyLine } = parts);
		yamlText = parts.yaml;
		firstLine = 2;
	}

	const { data, lineOf, problems } = readYaml(yamlText, firstLine, where, isYamlFile ? 'The file' : 'The frontmatter');
	if (problems.length) return { problems };
	if (typeof data !== 'object' || Array.isArray(data) || data === null) {
		return {
			problems: [{ ...where, line: firstLine, message: 'The frontmatter must be a list of `field: value` lines.' }],
		};
	}
	const record = data as Record<string, unknown>;
	const id = entryId(file.relativePath, record.slug);
	return {
		problems: [],
		entry: {
			collection: file.collection,
			id,
			file: file.path,
			label: `${file.collection} → ${id}`,
			data: record,
			body,
			bodyLine,
			lineOf,
		},
	};
}

const QUOTED_VALUE = /^\s*(?:-\s+)?[\w-]+:\s*(["'])(.*)$/;

/**
 * Words an editor can act on for the YAML mistakes they make, and the line where the mistake starts:
 * the parser reports an unclosed quote where the file ends, so look for the line that opened it.
 */
export function explainYamlError(
	code: string,
	parserMessage: string,
	lines: readonly string[],
	line: number,
): { message: string; line?: number } {
	const QUOTES = 'Text that contains ": " or starts with a quote must be wrapped in "double quotes".';
	switch (code) {
		case 'MISSING_CHAR': {
			if (!/quote/.test(parserMessage)) break;
			const opened = lines.findIndex((text) => {
				const match = QUOTED_VALUE.exec(text);
				if (!match) return false;
				const [, mark, rest] = match;
				const closing = rest!.replace(/\\./g, '').split(mark!).length - 1;
				return closing % 2 === 0;
			});
			return {
				message: 'a quote is opened but never closed. End the value with the same quote mark it starts with.',
				line: opened === -1 ? line : opened + 1,
			};
		}
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return { message: `YAML reads ": " inside the value as a new field. ${QUOTES}` };
		case 'DUPLICATE_KEY':
			return { message: 'this field is written twice. Keep one of them.' };
		case 'BAD_INDENT':
			return { message: `the indentation is wrong, or a [list] is not closed with ]. ${QUOTES}` };
	}
	const reason = parserMessage.replace(/ at line \d+, column \d+.*$/s, '').trim();
	return { message: `${reason.replace(/\.?$/, '.')} Check the quotes, colons and indentation. ${QUOTES}` };
}

const yamlTimestamp = new Schema({ customTags: ['timestamp'] }).tags.find(
	(tag) => tag.tag === 'tag:yaml.org,2002:timestamp',
) as ScalarTag;

/**
 * YAML's timestamp, except that a date not on the calendar stays the text it was written as: YAML (and Astro's
 * js-yaml) would roll `2018-13-45` over to 14 February 2019, and the schema could no longer tell.
 */
const calendarTimestamp: ScalarTag = {
	...yamlTimestamp,
	resolve: (text, onError, options) => (calendarFault(text) ? text : yamlTimestamp.resolve(text, onError, options)),
};

/**
 * Parses YAML that starts on file line `firstLine`, with a timestamp tag so values read as Astro's js-yaml reads
 * them (dates become dates, but see {@link calendarTimestamp}), keeping node positions so problems name their line.
 */
export function readYaml(
	text: string,
	firstLine: number,
	where: Pick<Problem, 'file' | 'entry'>,
	what = 'The file',
): { data: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined; problems: Problem[] } {
	const counter = new LineCounter();
	// The `yaml` parser stumbles on a byte-order mark before a list; Astro's js-yaml skips it.
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
		customTags: [calendarTimestamp],
		lineCounter: counter,
		prettyErrors: false,
	});
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const lines = text.split('\n');
	const problems = doc.errors.map((error) => {
		const line = counter.linePos(error.pos[0]).line;
		const { message, line: at = line } = explainYamlError(error.code, error.message, lines, line);
		return { ...where, line: at + firstLine - 1, message: `${what} is not valid YAML: ${message}` };
	});
	return { data: doc.toJS() ?? {}, lineOf: (path) => lineOfPath(doc.contents, path, lineAt), problems };
}

/** The line of the deepest node along `path` that exists: the key's line for a map entry. */
function lineOfPath(
	root: unknown,
	path: readonly PropertyKey[],
	lineAt: (offset: number) => number,
): number | undefined {
	let node = root;
	let line: number | undefined;
	for (const part of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
			if (!pair) break;
			const key = pair.key as Node;
			if (key.range) line = lineAt(key.range[0]);
			node = pair.value;
		} else if (isSeq(node) && typeof part === 'number') {
			const item = node.items[part] as Node | undefined;
			if (!item) break;
			if (item.range) line = lineAt(item.range[0]);
			node = item;
		} else break;
	}
	return line;
}
