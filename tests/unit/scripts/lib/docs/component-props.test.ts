import { describe, expect, test } from 'vitest';
import { componentProps, propsTable } from '../../../../../scripts/lib/docs/component-props';

const source = `---
interface Props {
	/** The figure as written, e.g. "2,666". */
	value: string;
	caption?: string;
	/** note or tip. */
	type?: 'note' | 'tip';
}
const { value } = Astro.props;
---`;

describe('componentProps', () => {
	test('reads each prop with its type, whether it is required and its JSDoc line', () => {
		expect(componentProps(source)).toEqual([
			{ name: 'value', type: 'string', required: true, description: 'The figure as written, e.g. "2,666".' },
			{ name: 'caption', type: 'string', required: false, description: '' },
			{ name: 'type', type: "'note' | 'tip'", required: false, description: 'note or tip.' },
		]);
	});

	test('finds no props in a component without an interface', () => {
		expect(componentProps('---\n---\n<hr />')).toEqual([]);
	});
});

describe('propsTable', () => {
	test('escapes the pipes of union types', () => {
		expect(propsTable('Callout', componentProps(source))).toContain(
			"| `type` | no | `'note' \\| 'tip'` | note or tip. |",
		);
	});
});
