import { describe, expect, test } from 'vitest';
import { essayPosition, seriesPosition } from '../../../../src/lib/essay/series-position';

describe('essayPosition', () => {
	test('says where the essay sits in its series', () => expect(essayPosition(3, 6)).toBe('Essay 3 of 6'));
});

describe('seriesPosition', () => {
	test('writes the position as a citation note', () => {
		expect(seriesPosition('Project two', 1, 4)).toBe('Project two, essay 1 of 4');
	});
});
