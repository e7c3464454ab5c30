// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist.tmp-*/',
			'dist.old-*/',
			'node_modules/',
			'.astro/',
			'.bench/',
			'tests/.output/',
			'tests/fixtures/**/dist/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
	// Prettier owns formatting; this turns off the rules that would fight it.
	prettier,
);
