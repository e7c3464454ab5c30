import { describe, expect, test } from 'vitest';
import { indexRecord, UNDATED_SORT_KEY } from '../../../../src/lib/search/index-record';

describe('indexRecord', () => {
	test('records type, project, year and each tag as filters, and the date to sort and show', () => {
		expect(
			indexRecord({
				type: 'Essay',
				project: 'Peer support',
				date: new Date('2018-05-01T00:00:00Z'),
				tags: ['survey', 'peer support', 'survey'],
			}),
		).toEqual({
			filters: [
				['type', 'Essay'],
				['project', 'Peer support'],
				['year', '2018'],
				['tag', 'survey'],
				['tag', 'peer support'],
			],
			sortDate: '2018-05-01',
			metaDate: '2018-05-01',
		});
	});

	test('gives an undated page a sort key that puts it after every dated entry, newest first', () => {
		const record = indexRecord({ type: 'Page' });
		expect(record).toEqual({ filters: [['type', 'Page']], sortDate: UNDATED_SORT_KEY });
		expect([UNDATED_SORT_KEY, '2017-04-01'].sort().reverse()).toEqual(['2017-04-01', UNDATED_SORT_KEY]);
	});
});
