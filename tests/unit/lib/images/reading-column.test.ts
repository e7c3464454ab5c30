import { describe, expect, test } from 'vitest';
import { columnImage, READING_COLUMN_MAX } from '../../../../src/lib/images/reading-column';

describe('columnImage', () => {
	test('shows a wide image at the column’s width, full width on narrow screens', () => {
		expect(columnImage(2400)).toEqual({
			width: READING_COLUMN_MAX,
			sizes: `(min-width: 783px) ${READING_COLUMN_MAX}px, 92vw`,
		});
	});

	test('shows a narrower image at its own width', () => {
		expect(columnImage(480)).toEqual({ width: 480, sizes: '(min-width: 522px) 480px, 92vw' });
	});
});
