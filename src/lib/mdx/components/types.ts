import type { ElementContent } from 'hast';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';

/** What components may read besides their props: the bibliography, the datasets and the site's base path. */
export interface ComponentContext {
	/** The bibliography, content/sources/sources.yaml. */
	sources: readonly Source[];
	/** Datasets by id, from content/datasets/<id>.yaml. */
	datasets: ReadonlyMap<string, Dataset>;
	/** The site's base path, e.g. `/` or `/lab-essays/`. */
	base: string;
}

/** A component's props as written in MDX: strings, or `true` for a bare attribute (`decorative`). */
export type ComponentProps = object;

/** One MDX component as a pure function: its props and rendered children in, its markup (hast) out. */
export type ComponentRenderer = (
	props: ComponentProps,
	children: ElementContent[],
	context: ComponentContext,
) => ElementContent;

/** A prop as a string, or undefined when it is absent. */
export const stringProp = (props: ComponentProps, name: string): string | undefined => {
	const value = (props as Record<string, unknown>)[name];
	return value === undefined || value === null ? undefined : String(value);
};
