import { describe, expect, test } from 'vitest';
import { entryMarkdown, markdownPath } from '../../../../src/lib/mirror/entry-markdown';

describe('entryMarkdown', () => {
	test('puts the title, subtitle, summary and details before the body', () => {
		expect(
			entryMarkdown({
				title: 'On peer support',
				subtitle: 'What we learned',
				summary: 'A summary.',
				url: 'https://x.org/essays/a/',
				details: [['Published', 'May 2018']],
				body: '\nThe text.\n',
			}),
		).toBe(
			'# On peer support\n\n_What we learned_\n\n> A summary.\n\n- Published: May 2018\n- Web page: https://x.org/essays/a/\n\nThe text.\n',
		);
	});

	test('leaves out a missing subtitle', () => {
		expect(entryMarkdown({ title: 'A', summary: 'S.', url: 'https://x.org/a/', details: [], body: 'Text.\n' })).toBe(
			'# A\n\n> S.\n\n- Web page: https://x.org/a/\n\nText.\n',
		);
	});
});

describe('markdownPath', () => {
	test.each([
		['/essays/a/', '/essays/a/index.md'],
		['/projects/b', '/projects/b/index.md'],
	])('%s => %s', (page, mirror) => expect(markdownPath(page)).toBe(mirror));
});
