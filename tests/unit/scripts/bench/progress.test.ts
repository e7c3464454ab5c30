import { describe, expect, test } from 'vitest';
import { progressLine } from '../../../../scripts/bench/progress';

describe('progressLine', () => {
	test('names the step, the corpus, the task and the time spent in minutes and seconds', () => {
		expect(progressLine({ index: 2, total: 6, essays: 2000, task: 'ours: cold build', elapsedMs: 62_400 })).toBe(
			'[2/6] 2000 essays · ours: cold build · 1:02',
		);
	});
});
