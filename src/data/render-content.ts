import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../components/mdx';

let container: Promise<AstroContainer> | undefined;

/** The rendered HTML of an MDX entry's body, with the same components as its page, for feeds and mirrors. */
export async function renderEntryHtml(entry: CollectionEntry<'essays' | 'updates' | 'projects'>): Promise<string> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
	const { Content } = await render(entry);
	return (await container).renderToString(Content, { props: { components: mdxComponents } });
}
