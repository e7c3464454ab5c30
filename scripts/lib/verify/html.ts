import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Problem } from '../problem.ts';
import type { BuiltSite } from './types.ts';

/**
 * html-validate's recommended rules, minus the ones about how Astro writes markup rather than whether it is valid.
 * Each exception says why.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as `<meta …>`; both forms are valid HTML.
		'void-style': 'off',
		// Astro writes `<!DOCTYPE html>` in upper case; both are valid.
		'doctype-style': 'off',
		// Astro minifies whitespace between elements and attributes in ways that trip stylistic checks.
		'attribute-empty-style': 'off',
		'no-trailing-whitespace': 'off',
		// Astro's <style> and <script type="module"> blocks go where its bundler puts them.
		'no-inline-style': 'off',
		// Titles are the editors' own plus " · " and the site's name; length is an editorial choice, not validity.
		'long-title': 'off',
	},
};

/** Checks every page is valid HTML under {@link HTML_VALIDATE_CONFIG}; each error names the page, line and rule. */
export async function checkHtml(
	site: Pick<BuiltSite, 'pages'>,
	config: ConfigData = HTML_VALIDATE_CONFIG,
): Promise<Problem[]> {
	const validator = new HtmlValidate(config);
	const problems: Problem[] = [];
	for (const [file, html] of site.pages) {
		const report = await validator.validateString(html, file);
		for (const message of report.results.flatMap((result) => result.messages)) {
			problems.push({ file, message: `line ${message.line}:${message.column} ${message.message} (${message.ruleId})` });
		}
	}
	return problems;
}
