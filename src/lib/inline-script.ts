import { transformSync } from 'esbuild';

/**
 * Minifies a script that is inlined into every page (the theme script), so its bytes stay well under budget.
 * Throws with the esbuild message when the script does not parse.
 */
export function minifyInlineScript(source: string): string {
	return transformSync(source, { minify: true, target: 'es2021', legalComments: 'none' }).code.trim();
}
