import type { BuiltSite } from '../../../../../scripts/lib/verify/types';

/** A page with a head the checks accept, around `body`. */
export const html = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

/** A built site from `{ file: html }`, with the given extra non-HTML files. */
export function builtSite(pages: Record<string, string>, { base = '/', other = [] as string[] } = {}): BuiltSite {
	return {
		files: new Set([...Object.keys(pages), ...other]),
		pages: new Map(Object.entries(pages)),
		site: 'https://x.org',
		base,
	};
}
