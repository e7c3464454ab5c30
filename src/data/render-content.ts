import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';

let container: Promise<AstroContainer> | undefined;

/**
 * The rendered HTML of an MDX entry's body, for feeds and mirrors; `components` are the ones its page renders it
 * with (src/components/mdx), passed in by the route so this data layer never imports components.
 */
export async function renderEntryHtml(
	entry: CollectionEntry<'essays' | 'updates' | 'projects'>,
	components: Record<string, unknown>,
): Promise<string> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
	const { Content } = await render(entry);
	return (await container).renderToString(Content, { props: { components } });
}
