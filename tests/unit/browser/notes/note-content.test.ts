import { describe, expect, test } from 'vitest';
import { noteIdOf } from '../../../../src/browser/notes/note-content';

describe('noteIdOf', () => {
	test.each([
		['#user-content-fn-3', 'user-content-fn-3'],
		['#user-content-fn-source', 'user-content-fn-source'],
		['#what-is-a-lab', undefined],
		['/essays/x/#user-content-fn-1', undefined],
		[null, undefined],
	])('%s => %s', (href, id) => expect(noteIdOf(href)).toBe(id));
});
