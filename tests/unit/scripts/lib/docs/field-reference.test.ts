import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { schemasFor } from '../../../../../scripts/lib/checks/schema';
import { fieldReference } from '../../../../../scripts/lib/docs/field-reference';
import { SiteSettingsFieldsSchema, SourceSchema } from '../../../../../src/lib/schemas';

interface Json {
	description?: string;
	type?: string;
	properties?: Record<string, Json>;
	items?: Json;
}

/** Every field of a JSON schema, nested ones as `phases[].name` or `home.link`, with its description. */
function fields(schema: Json, prefix = ''): [string, string | undefined][] {
	return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => [
		[`${prefix}${name}`, field.description] as [string, string | undefined],
		...(field.items?.type === 'object' ? fields(field.items, `${prefix}${name}[].`) : []),
		...(field.type === 'object' ? fields(field, `${prefix}${name}.`) : []),
	]);
}

describe('schemas', () => {
	test.each(Object.entries({ ...schemasFor(() => []), sources: SourceSchema, site: SiteSettingsFieldsSchema }))(
		'every %s field has an author-facing description',
		(_, schema) => {
			const undescribed = fields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json)
				.filter(([, description]) => !description?.trim())
				.map(([name]) => name);
			expect(undescribed).toEqual([]);
		},
	);
});

describe('fieldReference', () => {
	test('lists every field of every collection, with how to write it', () => {
		const reference = fieldReference();
		expect(reference).toContain(
			'| `number` | yes | a whole number, 1 or more | Its place in the project’s series, from 1; numbers in a project are unique and leave no gaps. |',
		);
		expect(reference).toContain('| `status` | yes | one of: `current`, `completed` |');
		expect(reference).toContain('| `phases[].start` | yes | a date, `YYYY-MM-DD` |');
		expect(reference).toContain('| `authors` | yes | a list of file names from `content/authors/` (at least 1) |');
		expect(reference).toContain('| `manifest.themeColor` | no (default `"#0b6a61"`) |');
		expect(reference).toContain('| `footer.links[].href` | yes | text |');
		expect(reference.match(/^### /gm)).toHaveLength(8);
	});
});
