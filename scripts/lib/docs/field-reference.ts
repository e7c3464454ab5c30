import { z } from 'astro/zod';
import { schemasFor } from '../checks/schema.ts';
import type { CollectionName } from '../checks/types.ts';
import { SiteSettingsFieldsSchema, SourceSchema } from '../../../src/lib/schemas/index.ts';

interface JsonSchema {
	type?: string;
	format?: string;
	reference?: string;
	enum?: string[];
	description?: string;
	default?: unknown;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	minItems?: number;
	maxItems?: number;
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
}

const COLLECTIONS: { name: CollectionName | 'sources' | 'site'; heading: string; file: string }[] = [
	{ name: 'essays', heading: 'Essays', file: 'content/essays/<slug>.mdx' },
	{ name: 'updates', heading: 'Updates', file: 'content/updates/<slug>.mdx' },
	{ name: 'projects', heading: 'Projects', file: 'content/projects/<slug>.mdx' },
	{ name: 'pages', heading: 'Pages', file: 'content/pages/<slug>.mdx' },
	{ name: 'authors', heading: 'Authors', file: 'content/authors/<id>.yaml' },
	{ name: 'datasets', heading: 'Datasets', file: 'content/datasets/<id>.yaml' },
	{ name: 'sources', heading: 'Sources (each item of the list)', file: 'content/sources/sources.yaml' },
	{ name: 'site', heading: 'Site settings', file: 'content/site.yaml' },
];

/** How to write a value of this schema, in words: "text, at most 160 characters". */
function howToWrite(schema: JsonSchema): string {
	if (schema.reference) return `a file name from \`content/${schema.reference}/\`, without the extension`;
	if (schema.format === 'date') return 'a date, `YYYY-MM-DD`';
	if (schema.enum) return `one of: ${schema.enum.map((value) => `\`${value}\``).join(', ')}`;
	switch (schema.type) {
		case 'string':
			return schema.maxLength ? `text, at most ${schema.maxLength} characters` : 'text';
		case 'integer':
			return schema.minimum !== undefined ? `a whole number, ${schema.minimum} or more` : 'a whole number';
		case 'number':
			return schema.minimum !== undefined ? `a number, ${schema.minimum} or more` : 'a number';
		case 'boolean':
			return '`true` or `false`';
		case 'array': {
			const limits = [
				schema.minItems ? `at least ${schema.minItems}` : '',
				schema.maxItems ? `at most ${schema.maxItems}` : '',
			].filter(Boolean);
			const items = schema.items ?? {};
			const item =
				items.type === 'object'
					? 'of entries'
					: items.reference
						? `of file names from \`content/${items.reference}/\``
						: `of ${howToWrite(items)}`;
			return `a list ${item}${limits.length ? ` (${limits.join(', ')})` : ''}`;
		}
		case 'object':
			return 'a group of fields';
		default:
			return 'any value';
	}
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One table row per field, nested fields of list entries as `phases[].name` and of groups as `home.link`. */
function rows(schema: JsonSchema, prefix = ''): string[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
		// A group's default ({}) only says its fields have theirs, which their own rows show.
		const hasDefault =
			field.default !== undefined && (typeof field.default !== 'object' || Array.isArray(field.default));
		const fallback = hasDefault ? `no (default \`${JSON.stringify(field.default)}\`)` : 'no';
		const row = `| \`${prefix}${name}\` | ${required.has(name) ? 'yes' : fallback} | ${cell(howToWrite(field))} | ${cell(field.description ?? '')} |`;
		const nested =
			field.type === 'array' && field.items?.type === 'object'
				? rows(field.items, `${prefix}${name}[].`)
				: field.type === 'object'
					? rows(field, `${prefix}${name}.`)
					: [];
		return [row, ...nested];
	});
}

/** The frontmatter field reference for content/README.md, generated from the schemas so it cannot drift. */
export function fieldReference(): string {
	const schemas = { ...schemasFor(() => []), sources: SourceSchema, site: SiteSettingsFieldsSchema };
	const sections = COLLECTIONS.map(({ name, heading, file }) => {
		const json = z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
		return [
			`### ${heading} (\`${file}\`)`,
			'',
			'| Field | Required | What to write | What it is for |',
			'| --- | --- | --- | --- |',
			...rows(json),
		].join('\n');
	});
	return sections.join('\n\n');
}
