import { describe, expect, test } from 'vitest';
import { EssayFrontmatterSchema, plainReference, type EssayFrontmatterInput } from '../../../../src/lib/schemas';

const schema = EssayFrontmatterSchema({ reference: plainReference });
const valid: EssayFrontmatterInput = {
	title: 'Impact that counts',
	subtitle: 'How the Lab supports people and sparks change.',
	summary: 'The Lab’s impact model after its first year.',
	project: 'peer-support',
	number: 4,
	authors: ['q-lab-team'],
	published: '2018-08-01',
};

describe('EssayFrontmatterSchema', () => {
	test('accepts a complete essay and fills the defaults', () => {
		const essay = schema.parse(valid);
		expect(essay.published).toEqual(new Date('2018-08-01'));
		expect(essay).toMatchObject({ draft: false, tags: [], keyPoints: [] });
	});

	test('lowercases tags', () => {
		expect(schema.parse({ ...valid, tags: ['Peer Support'] }).tags).toEqual(['peer support']);
	});

	test.each([
		['number', 0],
		['number', 2.5],
		['subtitle', 'x'.repeat(161)],
		['summary', 'x'.repeat(301)],
		['authors', []],
		['published', 'last May'],
	])('rejects %s = %o', (field, value) => {
		const result = schema.safeParse({ ...valid, [field]: value });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual([field]);
	});

	test('explains the date format when a date cannot be read', () => {
		const result = schema.safeParse({ ...valid, published: 'last May' });
		expect(result.error?.issues[0]?.message).toBe(
			'"last May" is not a date. Write the date as YYYY-MM-DD, for example 2018-05-01.',
		);
	});
});
