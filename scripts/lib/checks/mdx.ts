import type { ComponentProp } from '../docs/component-props.ts';
import type { Problem } from '../problem.ts';
import type { BodyOutline } from '../../../src/lib/mdx/outline.ts';
import { closest } from './schema.ts';
import { at, type ParsedEntry } from './types.ts';

/** The components editors may use, by name, with their props (read from src/components/mdx/). */
export type ComponentCatalogue = Readonly<Record<string, readonly ComponentProp[]>>;

// Elements an MDX body may write as HTML; anything else in lower case is a misspelt component or a typo.
const HTML_ELEMENTS = new Set(
	'a abbr b br cite code del details div em figcaption figure h2 h3 h4 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul'.split(
		' ',
	),
);

/**
 * MDX that parses but would break the build or vanish from the page: components that do not exist or lack a
 * required prop, `{…}` that MDX would run as code, `import`/`export` lines, and footnotes without a partner.
 */
export function mdxProblems(
	sources: readonly { entry: ParsedEntry; outline: BodyOutline }[],
	components: ComponentCatalogue,
): Problem[] {
	const names = Object.keys(components);
	const problems: Problem[] = [];
	for (const { entry, outline } of sources) {
		const report = (line: number, message: string) =>
			problems.push({ ...at(entry), line: entry.bodyLine + line - 1, message });
		for (const component of outline.components) {
			const props = components[component.name];
			if (!props) {
				const sameLetters = names.find((name) => name.toLowerCase() === component.name.toLowerCase());
				if (sameLetters) {
					report(
						component.line,
						`<${component.name}> is not a component: names start with a capital letter. Write <${sameLetters}>.`,
					);
				} else if (/^[A-Z]/.test(component.name)) {
					const guess = closest(component.name, names);
					report(
						component.line,
						`There is no component <${component.name}>. ${guess ? `Did you mean <${guess}>? ` : ''}Use one of: ${names.map((n) => `<${n}>`).join(', ')} (see content/README.md).`,
					);
				} else if (!HTML_ELEMENTS.has(component.name)) {
					report(
						component.line,
						`<${component.name}> is neither a component nor an HTML element the site uses. Check the spelling, or write a literal < as \\<.`,
					);
				}
				continue;
			}
			// A missing alt is reported by imageProblems, with the decorative alternative.
			const missing = props.filter(
				(prop) => prop.required && prop.name !== 'alt' && !(prop.name in component.attributes),
			);
			for (const prop of missing) {
				report(
					component.line,
					`<${component.name}> needs ${prop.name}="…"${prop.description ? `: ${prop.description.replace(/\.$/, '')}` : ''}.`,
				);
			}
		}
		for (const expression of outline.expressions) {
			const shown = `{${expression.code}}`;
			report(
				expression.line,
				`${shown.length > 40 ? `${shown.slice(0, 37)}…}` : shown} is read as code, not text. To show a brace, write \\{ and \\}; for a note to editors, write {/* the note */}.`,
			);
		}
		for (const line of outline.statements) {
			report(
				line,
				'MDX entries cannot import or export code: every component in content/README.md works without an import. Remove this line, or indent it if it is meant as text.',
			);
		}
		const defined = new Set(outline.footnoteDefinitions.map((d) => d.label.toLowerCase()));
		const referenced = new Set(outline.footnoteReferences.map((r) => r.label.toLowerCase()));
		for (const reference of outline.footnoteReferences) {
			if (defined.has(reference.label.toLowerCase())) continue;
			report(
				reference.line,
				`The footnote [^${reference.label}] has no text: add a line "[^${reference.label}]: …" after the text, or remove the reference.`,
			);
		}
		for (const definition of outline.footnoteDefinitions) {
			if (referenced.has(definition.label.toLowerCase())) continue;
			report(
				definition.line,
				`The footnote [^${definition.label}]: … is never referred to, so it would not appear. Add [^${definition.label}] where it belongs in the text, or remove it.`,
			);
		}
	}
	return problems;
}
