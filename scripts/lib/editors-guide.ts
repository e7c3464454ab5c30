import { readdirSync, readFileSync } from 'node:fs';
import { componentProps, propsTable } from './docs/component-props.ts';
import { fieldReference } from './docs/field-reference.ts';
import { replaceBlock } from './docs/readme.ts';

const repo = new URL('../../', import.meta.url);

/** Where the editors' guide lives. */
export const guideFile = new URL('content/README.md', repo);

/** The props tables of every component in src/components/mdx/, in name order. */
export function componentReference(): string {
	const folder = new URL('src/components/mdx/', repo);
	return readdirSync(folder)
		.filter((file) => file.endsWith('.astro'))
		.sort()
		.map((file) =>
			propsTable(file.replace(/\.astro$/, ''), componentProps(readFileSync(new URL(file, folder), 'utf8'))),
		)
		.join('\n\n');
}

/** The guide's text with both generated blocks brought up to date. */
export function updatedGuide(current: string): string {
	return replaceBlock(
		replaceBlock(current, 'field-reference', fieldReference()),
		'component-props',
		componentReference(),
	);
}
