import { describe, expect, test } from 'vitest';
import { citedSourceIds } from '../../../../src/lib/essay/cited-sources';

describe('citedSourceIds', () => {
	test.each([
		['', []],
		['No sources.', []],
		['<Source id="a" /> <Source id="b" /> <Source id="a" />', ['a', 'b']],
		["[^1]: <Source id='single' />.", ['single']],
		['<Source\n  id="multi-line"\n/>', ['multi-line']],
		['<SourceList id="not-a-source" />', []],
	])('%j cites %j', (body, ids) => expect(citedSourceIds(body)).toEqual(ids));
});
