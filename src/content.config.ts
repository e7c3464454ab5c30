import { defineCollection, reference as astroReference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { entryId } from './lib/content/entry-id';
import { recentListing } from './lib/content/recent-listing';
import { renderedMdx } from './loaders/rendered-mdx';
import { storedHtmlFolder } from './loaders/stored-html';
import { settings } from './settings';
import {
	AuthorSchema,
	checkedReference,
	DatasetSchema,
	EssayFrontmatterSchema,
	PageFrontmatterSchema,
	ProjectFrontmatterSchema,
	SiteSettingsSchema,
	SourceSchema,
	UpdateFrontmatterSchema,
} from './lib/schemas';

// Content lives in the top-level content/ folder, per the design brief; files starting with _ are ignored.
// LAB_ESSAYS_CONTENT points a build at another folder, so tests build fixture sites with the real pipeline.
const contentRoot = settings.contentDir;
// MDX entries are rendered to HTML when they are loaded, so pages only insert stored HTML (src/loaders/rendered-mdx.ts).
// Only the benchmark's reference build sets LAB_ESSAYS_MDX_MODULES=on, to measure Astro's own way: every entry
// compiled to a module and bundled.
const mdx = (collection: string) =>
	settings.mdxModules
		? glob({ base: `${contentRoot}/${collection}`, pattern: '**/[^_]*.{md,mdx}' })
		: renderedMdx({
				base: `${contentRoot}/${collection}`,
				pattern: '**/[^_]*.{md,mdx}',
				contentRoot,
				siteBase: settings.base,
				htmlFolder: storedHtmlFolder(),
				// The FAQ page's questions are read from its source (src/lib/view/page.ts); entries keep only body facts.
				retainBody: collection === 'pages',
			});
const yaml = (collection: string) => glob({ base: `${contentRoot}/${collection}`, pattern: '**/[^_]*.{yaml,yml}' });

// References must name an existing file; the folder is read when entries are checked (at most once a second), so
// new files count.
const idsIn = recentListing(
	(collection: string) =>
		(existsSync(`${contentRoot}/${collection}`)
			? readdirSync(`${contentRoot}/${collection}`, { recursive: true, encoding: 'utf8' })
			: []
		)
			.filter((name) => /^(?!_)[^/]*\.(?:mdx?|ya?ml)$/.test(name.split('/').pop() ?? ''))
			.map((name) => entryId(name)),
	1000,
);
const reference = checkedReference(astroReference, idsIn);

export const collections = {
	essays: defineCollection({ loader: mdx('essays'), schema: EssayFrontmatterSchema({ reference }) }),
	projects: defineCollection({ loader: mdx('projects'), schema: ProjectFrontmatterSchema }),
	updates: defineCollection({ loader: mdx('updates'), schema: UpdateFrontmatterSchema({ reference }) }),
	pages: defineCollection({ loader: mdx('pages'), schema: PageFrontmatterSchema }),
	authors: defineCollection({ loader: yaml('authors'), schema: AuthorSchema }),
	datasets: defineCollection({ loader: yaml('datasets'), schema: DatasetSchema }),
	// The bibliography: one file, a list of sources that footnotes cite with <Source id="…" />.
	sources: defineCollection({ loader: file(`${contentRoot}/sources/sources.yaml`), schema: SourceSchema }),
	// The site's own settings (name, wording, icons): one file, read as the one entry `site` (src/data/site.ts).
	site: defineCollection({
		loader: file(`${contentRoot}/site.yaml`, { parser: (text) => ({ site: parseYaml(text) ?? {} }) }),
		schema: SiteSettingsSchema,
	}),
};
