import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

/** The JSON-LD `@type`s a built page declares, from every `application/ld+json` script's `@graph`. */
export function jsonLdTypes(distDir: string, file: string): string[] {
	const root = parse(readFileSync(path.join(distDir, file), 'utf8'));
	return root
		.querySelectorAll('script[type="application/ld+json"]')
		.flatMap((script) => (JSON.parse(script.text) as { '@graph': { '@type': string }[] })['@graph'])
		.map((node) => node['@type']);
}
