import { z } from 'astro/zod';
import { explainIssue, friendly } from '../errors.ts';
import { list, text } from './shared.ts';

/**
 * A group of fields that refuses unknown ones, naming the fields it has: a misspelt setting would otherwise be
 * dropped in silence and its default shown instead.
 */
const group = <T extends z.ZodRawShape>(shape: T) =>
	z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `\`${key}\``).join(', ')}; ` +
					`the fields here are: ${Object.keys(shape).join(', ')}.`
				: explainIssue(issue),
	});

/** A file in the content folder, e.g. `site/favicon.svg`, of one of the given types. */
const contentFile = (extensions: readonly string[]) =>
	z
		.string(friendly)
		.trim()
		.min(1, friendly)
		.refine((value) => !/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(value) && !value.split('/').includes('..'), {
			message: 'Give the path inside the content folder, without a leading slash or "..", e.g. site/icon.svg.',
		})
		.refine((value) => extensions.some((extension) => value.toLowerCase().endsWith(extension)), {
			message: `Must be a ${extensions.join(' or ')} file.`,
		});

/** A colour as `#rrggbb`. */
const colour = () =>
	z
		.string(friendly)
		.trim()
		.regex(/^#[0-9a-f]{6}$/i, { message: 'Write a colour as # and six hex digits, in quotes, e.g. "#0b6a61".' });

/** A link in the footer or on the home page: a page of this site (`/about/`) or a full address (`https://…`). */
export const SiteLinkSchema = group({
	/** The words of the link, e.g. "Get involved". */
	label: text({ max: 60 }).describe('The words of the link, e.g. "Get involved".'),
	/** A page of this site, e.g. `/about/` (the base path is added), or a full address starting with https://. */
	href: z
		.string(friendly)
		.trim()
		.regex(/^(?:\/(?!\/)|https?:\/\/)/, {
			message: 'Start it with / for a page of this site, e.g. /about/, or with https:// for another site.',
		})
		.describe('A page of this site, e.g. /about/ (the base path is added), or a full address starting with https://.'),
});

/** The wording of one listing page. */
const listingPage = (what: string) =>
	group({
		/** For search engines and link previews; one sentence. */
		description: text({ max: 200 })
			.optional()
			.describe(`For search engines and link previews of ${what}; one sentence. Defaults to a neutral sentence.`),
		/** The sentence under the page's heading. */
		introduction: text({ max: 300 })
			.optional()
			.describe(`The sentence under the heading of ${what}; left out, the page has none.`),
	});

/** The fields of `content/site.yaml` as written; {@link SiteSettingsSchema} fills in what is left out. */
export const SiteSettingsFieldsSchema = group({
	/** The site's name, in the header, page titles, feeds and link previews, e.g. "Field Notes". */
	title: text({ max: 60 }).describe('The site’s name, in the header, page titles, feeds and link previews.'),
	/** Who publishes it, e.g. "Northfield Research Group"; shown beside the title and named as publisher. */
	organisation: text({ max: 100 }).describe(
		'Who publishes it, e.g. "Northfield Research Group"; shown beside the title and named as publisher.',
	),
	/** The home page's description for search engines and link previews, and every page's unless it has its own. */
	description: text({ max: 300 }).describe(
		'For search engines and link previews of the home page, and of any page without its own; one or two sentences.',
	),
	/** The language of the content as a BCP 47 tag, e.g. `en-GB`; sets `lang`, feeds and date formats. */
	locale: z
		.string(friendly)
		.trim()
		.refine((value) => isLanguageTag(value), {
			message: 'Write a language tag such as en-GB, en-US or cy.',
		})
		.describe('The language of the content as a language tag, e.g. en-GB; sets the pages’ lang and the feeds’.'),
	/** The home page's introduction. */
	home: group({
		/** The paragraph under the site's name on the home page. */
		introduction: text({ max: 500 })
			.optional()
			.describe('The paragraph under the site’s name on the home page; defaults to the description.'),
		/** A link under the introduction, e.g. to the about page. */
		link: SiteLinkSchema.optional().describe('A link under the introduction: { label, href }; optional.'),
	})
		.default({})
		.describe('The home page’s introduction: { introduction, link }.'),
	/** The labels of the main navigation in the header. */
	navigation: group({
		/** The label of the link to the essays. */
		essays: text({ max: 30 }).default('Essays').describe('The label of the link to the essays.'),
		/** The label of the link to the projects. */
		projects: text({ max: 30 }).default('Projects').describe('The label of the link to the projects.'),
		/** The label of the link to the updates. */
		updates: text({ max: 30 }).default('Updates').describe('The label of the link to the updates.'),
		/** The label of the link to the about page. */
		about: text({ max: 30 }).default('About').describe('The label of the link to the about page.'),
	})
		.default({ essays: 'Essays', projects: 'Projects', updates: 'Updates', about: 'About' })
		.describe('The labels of the header’s links: { essays, projects, updates, about }.'),
	/** The site's footer. */
	footer: group({
		/** The sentence in the footer, e.g. who publishes the site. */
		text: text({ max: 300 })
			.optional()
			.describe('The sentence in the footer; defaults to “<title> is published by <organisation>.”'),
		/** The footer's links, in order. */
		links: list(SiteLinkSchema, { max: 8 })
			.optional()
			.describe('The footer’s links, in order: a list of { label, href }; defaults to About, Get involved, Search.'),
	})
		.default({})
		.describe('The footer: { text, links }.'),
	/** The wording of the listing pages. */
	listings: group({
		/** The essays page, /essays/. */
		essays: listingPage('the essays page').default({}).describe('The essays page: { description, introduction }.'),
		/** The projects page, /projects/. */
		projects: listingPage('the projects page')
			.default({})
			.describe('The projects page: { description, introduction }.'),
		/** The updates pages, /updates/. */
		updates: listingPage('the updates pages').default({}).describe('The updates pages: { description, introduction }.'),
		/** The search page, /search/. */
		search: group({
			/** For search engines and link previews of the search page. */
			description: text({ max: 200 })
				.optional()
				.describe('For search engines and link previews of the search page; one sentence.'),
		})
			.default({})
			.describe('The search page: { description }.'),
		/** The page shown for an address that does not exist. */
		notFound: group({
			/** The sentence under its heading. */
			introduction: text({ max: 300 })
				.optional()
				.describe('The sentence under the heading of the page-not-found page.'),
		})
			.default({})
			.describe('The page-not-found page: { introduction }.'),
	})
		.default({ essays: {}, projects: {}, updates: {}, search: {}, notFound: {} })
		.describe('The listing pages’ wording: { essays, projects, updates, search, notFound }.'),
	/** The descriptions of the RSS feeds. */
	feeds: group({
		/** The description of the essays' feed, /essays/rss.xml. */
		essays: text({ max: 200 }).optional().describe('The description of the essays’ feed, /essays/rss.xml.'),
		/** The description of the updates' feed, /updates/rss.xml. */
		updates: text({ max: 200 }).optional().describe('The description of the updates’ feed, /updates/rss.xml.'),
	})
		.default({})
		.describe('The feeds’ descriptions: { essays, updates }.'),
	/** The link-preview image of pages without their own (essays and updates have theirs drawn). */
	shareImage: group({
		/** A 1200×630 PNG in the content folder, e.g. `site/share.png`; left out, one is drawn from the title. */
		file: contentFile(['.png'])
			.optional()
			.describe('A 1200×630 PNG in the content folder, e.g. site/share.png; left out, one is drawn from the title.'),
		/** What the image shows, for people who cannot see it. */
		alt: text({ max: 200 })
			.optional()
			.describe('What the image shows, for people who cannot see it; defaults to “<title>, from <organisation>”.'),
	})
		.default({})
		.describe('The default link-preview image: { file, alt }.'),
	/** The site's icons, as files in the content folder; each left out is drawn from `svg`, or a neutral one. */
	icons: group({
		/** The icon as SVG, e.g. `site/favicon.svg`; the PNGs left out are drawn from it. */
		svg: contentFile(['.svg'])
			.optional()
			.describe('The icon as SVG, e.g. site/favicon.svg; the other icons left out are drawn from it.'),
		/** A 32×32 ICO for old browsers, e.g. `site/favicon.ico`. */
		ico: contentFile(['.ico']).optional().describe('A 32×32 ICO for older browsers, e.g. site/favicon.ico.'),
		/** A 180×180 PNG for phones' home screens, e.g. `site/apple-touch-icon.png`. */
		appleTouch: contentFile(['.png'])
			.optional()
			.describe('A 180×180 PNG for phones’ home screens, e.g. site/apple-touch-icon.png.'),
		/** A 192×192 PNG for the web manifest, e.g. `site/icon-192.png`. */
		png192: contentFile(['.png']).optional().describe('A 192×192 PNG for the web manifest, e.g. site/icon-192.png.'),
		/** A 512×512 PNG for the web manifest and as the publisher's logo, e.g. `site/icon-512.png`. */
		png512: contentFile(['.png'])
			.optional()
			.describe('A 512×512 PNG for the web manifest and the publisher’s logo, e.g. site/icon-512.png.'),
	})
		.default({})
		.describe('The site’s icons, as files in the content folder: { svg, ico, appleTouch, png192, png512 }.'),
	/** What the web manifest says when the site is added to a home screen. */
	manifest: group({
		/** The name under the icon; defaults to the title. */
		name: text({ max: 60 }).optional().describe('The app’s name when added to a home screen; defaults to the title.'),
		/** A shorter name where space is tight; defaults to the name. */
		shortName: text({ max: 30 }).optional().describe('A shorter name where space is tight; defaults to the name.'),
		/** One sentence; defaults to the site's description. */
		description: text({ max: 300 }).optional().describe('One sentence; defaults to the site’s description.'),
		/** The colour of the browser's interface around the site, e.g. "#0b4f6c". */
		themeColor: colour()
			.default('#0b6a61')
			.describe('The colour of the browser’s interface around the site, in quotes, e.g. "#0b6a61".'),
		/** The colour shown while the site opens from a home screen. */
		backgroundColor: colour()
			.default('#ffffff')
			.describe('The colour shown while the site opens from a home screen, in quotes, e.g. "#ffffff".'),
	})
		.default({ themeColor: '#0b6a61', backgroundColor: '#ffffff' })
		.describe('The web manifest: { name, shortName, description, themeColor, backgroundColor }.'),
});

// A two- or three-letter language, then optional subtags; Intl alone accepts rare forms such as "english".
function isLanguageTag(value: string): boolean {
	if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(value)) return false;
	try {
		return Intl.getCanonicalLocales(value).length === 1;
	} catch {
		return false;
	}
}

/** Fills every optional wording from the title, organisation and description, in neutral words. */
function withDefaults(site: z.output<typeof SiteSettingsFieldsSchema>) {
	const { title, organisation, description } = site;
	return {
		...site,
		home: { introduction: site.home.introduction ?? description, link: site.home.link },
		footer: {
			text: site.footer.text ?? `${title} is published by ${organisation}.`,
			links: site.footer.links ?? [
				{ label: site.navigation.about, href: '/about/' },
				{ label: 'Get involved', href: '/get-involved/' },
				{ label: 'Search', href: '/search/' },
			],
		},
		listings: {
			essays: {
				description: site.listings.essays.description ?? `Essays from ${organisation}, in series by project.`,
				introduction: site.listings.essays.introduction,
			},
			projects: {
				description: site.listings.projects.description ?? `The projects of ${organisation}.`,
				introduction: site.listings.projects.introduction,
			},
			updates: {
				description: site.listings.updates.description ?? `News from ${organisation}, newest first.`,
				introduction: site.listings.updates.introduction,
			},
			search: { description: site.listings.search.description ?? `Search ${title}: essays, projects and updates.` },
			notFound: {
				introduction: site.listings.notFound.introduction ?? 'The address may be mistyped, or the page may have moved.',
			},
		},
		feeds: {
			essays: site.feeds.essays ?? `Essays from ${organisation}, in full.`,
			updates: site.feeds.updates ?? `Updates from ${organisation}, in full.`,
		},
		shareImage: { file: site.shareImage.file, alt: site.shareImage.alt ?? `${title}, from ${organisation}` },
		manifest: {
			name: site.manifest.name ?? title,
			shortName: site.manifest.shortName ?? site.manifest.name ?? title,
			description: site.manifest.description ?? description,
			themeColor: site.manifest.themeColor,
			backgroundColor: site.manifest.backgroundColor,
		},
	};
}

/** Settings of the whole site in `content/site.yaml`: its name, wording, links and images, with defaults filled. */
export const SiteSettingsSchema = SiteSettingsFieldsSchema.transform(withDefaults);

export type SiteSettingsInput = z.input<typeof SiteSettingsSchema>;
export type SiteSettings = z.output<typeof SiteSettingsSchema>;
