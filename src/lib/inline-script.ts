import { transformSync } from 'esbuild';

/** Minified code by its source: every page inlines the same script, and minifying it each time cost a second a build. */
const minified = new Map<string, string>();

/**
 * Minifies a script that is inlined into every page (the theme script), so its bytes stay well under budget.
 * Throws with the esbuild message when the script does not parse.
 */
export function minifyInlineScript(source: string): string {
	let code = minified.get(source);
	if (code === undefined) {
		code = transformSync(source, { minify: true, target: 'es2021', legalComments: 'none' }).code.trim();
		minified.set(source, code);
	}
	return code;
}
