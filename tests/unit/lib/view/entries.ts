import {
	AuthorSchema,
	EssayFrontmatterSchema,
	PageFrontmatterSchema,
	plainReference,
	ProjectFrontmatterSchema,
	SiteSettingsSchema,
	SourceSchema,
	UpdateFrontmatterSchema,
	type AuthorInput,
	type EssayFrontmatterInput,
	type PageFrontmatterInput,
	type ProjectFrontmatterInput,
	type SourceInput,
	type UpdateFrontmatterInput,
} from '../../../../src/lib/schemas';
import { interfaceOf } from '../../../../src/lib/i18n';
import type { MetaTag } from '../../../../src/lib/seo/meta';
import type { SiteContext } from '../../../../src/lib/view/context';
import type {
	AuthorEntry,
	EssayEntry,
	PageEntry,
	ProjectEntry,
	SourceEntry,
	UpdateEntry,
} from '../../../../src/lib/view/entries';

// Small typed entry factories for the view-model tests: each parses its frontmatter with the real schema, so the
// entries look exactly as Astro hands them to the layouts.

const essaySchema = EssayFrontmatterSchema({ reference: plainReference });
const updateSchema = UpdateFrontmatterSchema({ reference: plainReference });

export const site: SiteContext = {
	settings: SiteSettingsSchema.parse({
		title: 'Test Essays',
		organisation: 'Test Org',
		description: 'A test site.',
		locale: 'en-GB',
	}),
	site: 'https://example.org',
	base: '/sub/',
	shareImage: { path: '/share.png', alt: 'Test Essays share image' },
	t: interfaceOf('en-GB'),
};

export function makeEssay(id: string, overrides: Partial<EssayFrontmatterInput> = {}, body = ''): EssayEntry {
	const data = essaySchema.parse({
		title: `Essay ${id}`,
		subtitle: `Subtitle of ${id}`,
		summary: `Summary of ${id}.`,
		project: 'alpha',
		number: 1,
		authors: ['ann'],
		published: '2020-01-01',
		...overrides,
	});
	return { id, collection: 'essays', data, body };
}

export function makeProject(id: string, overrides: Partial<ProjectFrontmatterInput> = {}): ProjectEntry {
	const data = ProjectFrontmatterSchema.parse({
		title: `Project ${id}`,
		challenge: `How might ${id}?`,
		summary: `Summary of ${id}.`,
		status: 'completed',
		start: '2019-01-01',
		end: '2019-12-01',
		...overrides,
	});
	return { id, collection: 'projects', data };
}

export function makeUpdate(id: string, overrides: Partial<UpdateFrontmatterInput> = {}, body = ''): UpdateEntry {
	const data = updateSchema.parse({
		title: `Update ${id}`,
		summary: `Summary of ${id}.`,
		published: '2020-02-01',
		author: 'ann',
		...overrides,
	});
	return { id, collection: 'updates', data, body };
}

export function makePage(id: string, overrides: Partial<PageFrontmatterInput> = {}, body = ''): PageEntry {
	const data = PageFrontmatterSchema.parse({ title: `Page ${id}`, summary: `Summary of ${id}.`, ...overrides });
	return { id, collection: 'pages', data, body };
}

export function makeAuthors(entries: Record<string, AuthorInput>): ReadonlyMap<string, AuthorEntry> {
	return new Map(Object.entries(entries).map(([id, input]) => [id, { id, data: AuthorSchema.parse(input) }]));
}

export function makeSource(id: string, overrides: Partial<SourceInput> = {}): SourceEntry {
	return { id, data: SourceSchema.parse({ id, title: `Source ${id}`, publisher: 'Pub', ...overrides }) };
}

/** The `<meta>` tags of a head as `name → contents`. */
export function metaByName(meta: readonly MetaTag[]): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const tag of meta) {
		const key = 'name' in tag ? tag.name : tag.property;
		map.set(key, [...(map.get(key) ?? []), tag.content]);
	}
	return map;
}
