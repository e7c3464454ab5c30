import { describe, expect, test } from 'vitest';
import { SourceSchema, type SourceInput } from '../../../../src/lib/schemas';

const valid: SourceInput = {
	id: 'rand-evaluation-report',
	title: 'Independent evaluation of the Q Improvement Lab',
	publisher: 'RAND Europe',
	url: 'https://www.rand.org/pubs/research_reports/RR2632.html',
	date: '2018-09-14',
};

describe('SourceSchema', () => {
	test('accepts a complete source', () => expect(SourceSchema.parse(valid)).toEqual(valid));

	test('accepts a seed document without address or date', () => {
		const seed = { id: 'q-lab-where-next', title: 'Q Lab: where next?', publisher: 'Q Improvement Lab' };
		expect(SourceSchema.parse(seed)).toEqual(seed);
	});

	test.each(['2018-05', '2018-09-14'])('accepts the date %s', (date) => {
		expect(SourceSchema.safeParse({ ...valid, date }).success).toBe(true);
	});

	test.each([
		['id', 'RAND report'],
		['id', 'rand--report'],
		['title', ' '],
		['publisher', ''],
		['url', 'www.rand.org/pubs'],
		['url', 'ftp://example.org/file'],
		['date', '2018'],
		['date', '2018-13'],
		['date', 'May 2018'],
		['date', new Date('2018-05-01')],
	])('rejects %s = %o', (field, value) => {
		const result = SourceSchema.safeParse({ ...valid, [field]: value });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual([field]);
	});

	test('asks for a quoted date when YAML reads an unquoted one as a date', () => {
		const result = SourceSchema.safeParse({ ...valid, date: new Date('2018-05-30') });
		expect(result.error?.issues[0]?.message).toBe(
			'Write the date in quotes as "YYYY-MM" or "YYYY-MM-DD", for example "2018-05" or "2018-09-14".',
		);
	});
});
