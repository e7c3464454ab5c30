/** One prop of an MDX component, read from its `interface Props`. */
export interface ComponentProp {
	name: string;
	type: string;
	required: boolean;
	description: string;
}

/**
 * Reads the props of an Astro component from its `interface Props { … }`, with the JSDoc line above each:
 * `/** The figure. *\/ value: string;` => `{ name: 'value', type: 'string', required: true, description: 'The figure.' }`.
 */
export function componentProps(source: string): ComponentProp[] {
	const body = /interface Props(?:\s+extends[^{]+)?\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
	const props: ComponentProp[] = [];
	let doc = '';
	for (const raw of body.split('\n')) {
		const line = raw.trim();
		const comment = /^\/\*\*\s*(.*?)\s*\*\/$/.exec(line);
		if (comment) {
			doc = comment[1]!;
			continue;
		}
		const prop = /^([A-Za-z_$][\w$]*)(\?)?:\s*(.+?);?$/.exec(line);
		if (prop) {
			props.push({ name: prop[1]!, required: !prop[2], type: prop[3]!.replace(/;$/, ''), description: doc });
			doc = '';
		}
	}
	return props;
}

/** A Markdown table of a component's props for the editors' guide. */
export function propsTable(name: string, props: readonly ComponentProp[]): string {
	const cell = (text: string) => text.replace(/\|/g, '\\|');
	return [
		`#### \`<${name}>\``,
		'',
		props.length ? '| Prop | Required | Type | What it is for |' : 'No props.',
		...(props.length ? ['| --- | --- | --- | --- |'] : []),
		...props.map(
			(p) => `| \`${p.name}\` | ${p.required ? 'yes' : 'no'} | \`${cell(p.type)}\` | ${cell(p.description)} |`,
		),
	].join('\n');
}
