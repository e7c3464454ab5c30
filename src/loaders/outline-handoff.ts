import { AstroError } from 'astro/errors';
import type { BodyOutline } from '../lib/mdx/outline.ts';
import { sha256 } from './sha256.ts';

/**
 * What the content loader hands the content check within one `astro build`: the outline of each MDX body it parsed
 * (by a digest of the body as the check reads it), so each body is parsed once, and the mistakes it found. Astro loads
 * the loader through Vite and the integration natively, as different module instances, so it lives on `globalThis`.
 */
export interface OutlineHandoff {
	/**
	 * Set by the content check when it checks bodies after the content layer has synced: the loader then records
	 * outlines, and records its errors here instead of throwing them, so the check's own report comes first.
	 */
	collecting: boolean;
	outlines: Map<string, BodyOutline>;
	/** The loader's error lines (`file:line:column: message`), for when the check finds nothing. */
	failures: string[];
}

const KEY = Symbol.for('lab-essays:outline-handoff');

/** This process's handoff, made on first use. */
export function outlineHandoff(): OutlineHandoff {
	const global = globalThis as { [KEY]?: OutlineHandoff };
	return (global[KEY] ??= { collecting: false, outlines: new Map(), failures: [] });
}

/** The key a body's outline is handed over under: a digest of the body as the content check reads it. */
export const outlineKey = (body: string): string => sha256(body);

/** The error a build stops with when MDX entries cannot be rendered: every line names a file, line and column. */
export function mdxEntryError(failures: readonly string[]): AstroError {
	const error = new AstroError(
		failures.join('\n'),
		'Each line names the file, line and column, and what to write instead.',
	);
	error.name = 'MdxEntryError';
	error.stack = '';
	return error;
}
