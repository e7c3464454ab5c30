import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { MarkdownHeading } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import type { EntryImagesMetadata } from '../loaders/entry-images';
import { readStoredHtml, storedHtmlFolder, storedHtmlOf } from '../loaders/stored-html';

type MdxEntry = CollectionEntry<'essays' | 'updates' | 'projects' | 'pages'>;
type Rendered = Awaited<ReturnType<typeof render>>;

/**
 * An MDX entry's body as a page inserts it: the HTML the content loader stored (src/loaders/rendered-mdx.ts), or,
 * for entries Astro compiled to modules (only the benchmark's reference build), the component to render.
 */
export type EntryContent = (
	| { html: string; Content?: undefined; headings: MarkdownHeading[] }
	| { html?: undefined; Content: Rendered['Content']; headings: MarkdownHeading[] }
) & {
	/** The origins of other sites' images in the body (`https://images.example.org`), which the page's CSP allows. */
	imageOrigins?: string[];
};

export async function entryContent(entry: MdxEntry): Promise<EntryContent> {
	const stored = storedHtmlOf(entry);
	if (stored !== undefined) {
		const headings = (entry.rendered?.metadata?.headings ?? []) as MarkdownHeading[];
		const { imageOrigins } = (entry.rendered?.metadata ?? {}) as EntryImagesMetadata;
		const html = await readStoredHtml(storedHtmlFolder(), stored);
		if (!entry.rendered?.metadata?.imagePaths?.length) return { html, headings, imageOrigins };
		// Images beside the entry are marked in its HTML as Astro's Markdown marks them; Astro's own render() swaps
		// each mark for the optimised image (getImage()), and records the files for the build to write.
		const { Content } = await render({ ...entry, rendered: { ...entry.rendered, html } } as typeof entry);
		return { Content, headings, imageOrigins };
	}
	const { Content, headings } = await render(entry);
	return { Content, headings };
}

let container: Promise<AstroContainer> | undefined;

/**
 * The rendered HTML of an MDX entry's body, for feeds and mirrors; `components` are the ones its page renders a
 * module entry with (src/components/mdx), passed in by the route so this data layer never imports components.
 */
export async function renderEntryHtml(entry: MdxEntry, components: Record<string, unknown>): Promise<string> {
	const content = await entryContent(entry);
	if (content.html !== undefined) return content.html;
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
	return (await container).renderToString(content.Content, { props: { components } });
}
