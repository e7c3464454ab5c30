import { describe, expect, test } from 'vitest';
import { faqFromMarkdown } from '../../../../src/lib/seo/faq';

describe('faqFromMarkdown', () => {
	test('pairs each ## question with everything up to the next ## heading, as plain text', () => {
		const markdown = [
			'Intro text before any question is not an answer.',
			'## What is a *lab*?',
			'A lab brings people together.',
			'',
			'It stays with one [challenge](/about/).',
			'### A sub-heading stays in the answer',
			'- one;',
			'- two.',
			'## Is it evaluated?',
			'| Who | When |',
			'| --- | --- |',
			'| RAND | 2018 |',
		].join('\n');
		expect(faqFromMarkdown(markdown)).toEqual([
			{
				question: 'What is a lab?',
				answer:
					'A lab brings people together.\n\nIt stays with one challenge.\n\nA sub-heading stays in the answer\n\none;\ntwo.',
			},
			{ question: 'Is it evaluated?', answer: 'Who | When\nRAND | 2018' },
		]);
	});

	test('skips questions with no answer and raw HTML or JSX blocks', () => {
		expect(faqFromMarkdown('## Empty?\n## Kept?\n<Callout>\n\nYes.')).toEqual([{ question: 'Kept?', answer: 'Yes.' }]);
	});

	test('returns nothing for a page without ## headings', () => {
		expect(faqFromMarkdown('Just prose.')).toEqual([]);
	});
});
