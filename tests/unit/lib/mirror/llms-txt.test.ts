import { describe, expect, test } from 'vitest';
import { llmsTxt } from '../../../../src/lib/mirror/llms-txt';

describe('llmsTxt', () => {
	test('lists each section’s links with their one-line summaries, and skips empty sections', () => {
		expect(
			llmsTxt({ title: 'The Lab', description: 'Essays\nand updates.' }, [
				{
					heading: 'Essays',
					links: [{ title: 'One', url: 'https://x.org/essays/one/index.md', summary: 'First\n  essay.' }],
				},
				{ heading: 'Updates', links: [] },
			]),
		).toBe(
			'# The Lab\n\n> Essays and updates.\n\n## Essays\n\n- [One](https://x.org/essays/one/index.md): First essay.\n',
		);
	});
});
