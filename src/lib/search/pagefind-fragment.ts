import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** What Pagefind stores for one page in `pagefind/fragment/*.pf_fragment`: the text it indexed, among others. */
export interface PagefindFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** Reads one fragment file (gzip, then the `pagefind_dcd` signature, then JSON); throws if it is not one. */
export function parseFragment(file: Uint8Array, name = 'fragment'): PagefindFragment {
	const text = gunzipSync(file).toString('utf8');
	if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment.`);
	return JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment;
}
