import type { Problem } from '../problem.ts';

/** The folders of content/, one per collection. */
export const COLLECTIONS = ['essays', 'projects', 'updates', 'pages', 'authors', 'datasets'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A content file as read from disk, before parsing. */
export interface SourceFile {
	/** The collection, or `sources` for the bibliography, content/sources/sources.yaml. */
	collection: CollectionName | 'sources';
	/** The path printed in messages, e.g. `content/essays/impact-that-counts.mdx`. */
	path: string;
	/** The path inside the collection folder, e.g. `impact-that-counts.mdx`. */
	relativePath: string;
	/** The file's text. */
	source: string;
}

/** A content file of one of the collections (not the bibliography). */
export type EntryFile = SourceFile & { collection: CollectionName };

/** A content file with its frontmatter read (not yet validated) and its body split off. */
export interface ParsedEntry {
	collection: CollectionName;
	/** The entry id Astro gives it, e.g. `impact-that-counts`. */
	id: string;
	/** As {@link SourceFile.path}. */
	file: string;
	/** `essays → impact-that-counts`, as Astro names entries in its errors. */
	label: string;
	/** The frontmatter (or the whole YAML file) as YAML reads it. */
	data: Record<string, unknown>;
	/** The MDX after the frontmatter; empty for YAML entries. */
	body: string;
	/** The file line the body starts on, 1-based. */
	bodyLine: number;
	/** The file line a frontmatter field is written on: `lineOf(['phases', 0, 'name'])`. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A check over every parsed entry at once. */
export type Check = (entries: readonly ParsedEntry[]) => Problem[];

/** Where a problem is, for an entry: its file and its Astro-style label. */
export const at = (entry: Pick<ParsedEntry, 'file' | 'label'>) => ({ file: entry.file, entry: entry.label });
