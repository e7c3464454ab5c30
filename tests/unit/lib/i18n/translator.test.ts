import { describe, expect, test } from 'vitest';
import { createTranslator, interfaceOf } from '../../../../src/lib/i18n';
import { textDirection } from '../../../../src/lib/i18n/locale';
import { placeholdersOf } from '../../../../src/lib/i18n/messages';

const may2018 = new Date('2018-05-01T00:00:00Z');
const april2017 = new Date('2017-04-01T00:00:00Z');

describe('createTranslator', () => {
	test('fills placeholders, writing numbers the language’s way', () => {
		const t = createTranslator('en-GB', { 'essay.position': 'Essay {number} of {total}' });
		expect(t('essay.position', { number: 3, total: 6 })).toBe('Essay 3 of 6');
		const fr = createTranslator('fr-FR', { 'essay.position': 'Essai {number} sur {total}' });
		expect(fr('essay.position', { number: 1234, total: 2000 })).toBe('Essai 1\u202f234 sur 2\u202f000');
	});

	test('leaves a placeholder it has no value for as it is, and shows a key with no words as the key', () => {
		const t = createTranslator('en-GB', { 'essay.position': 'Essay {number} of {total}' });
		expect(t('essay.position', { number: 1 } as never)).toBe('Essay 1 of {total}');
		expect(t('site.skipLink')).toBe('site.skipLink');
	});

	test.each([
		['en-GB', 1, '1 result'],
		['en-GB', 0, '0 results'],
		['en-GB', 2, '2 results'],
		['cy', 0, '0 canlyniad'],
		['cy', 1, '1 canlyniad'],
		['cy', 2, '2 ganlyniad'],
		['cy', 3, '3 chanlyniad'],
		['cy', 6, '6 chanlyniad'],
		['cy', 4, '4 canlyniad'],
		['ar', 0, 'لا نتائج'],
		['ar', 2, 'نتيجتان'],
		['ar', 5, '5 نتائج'],
		['ar', 11, '11 نتيجة'],
		['ar', 100, '100 نتيجة'],
	])('picks the %s plural form for %i', (locale, count, expected) => {
		const t = createTranslator(locale, {
			'search.filterCount': {
				zero: locale === 'ar' ? 'لا نتائج' : '{count} canlyniad',
				one: locale === 'ar' ? 'نتيجة واحدة' : locale === 'cy' ? '{count} canlyniad' : '{count} result',
				two: locale === 'ar' ? 'نتيجتان' : '{count} ganlyniad',
				few: locale === 'ar' ? '{count} نتائج' : '{count} chanlyniad',
				many: locale === 'ar' ? '{count} نتيجة' : '{count} chanlyniad',
				other: locale === 'ar' ? '{count} نتيجة' : locale === 'cy' ? '{count} canlyniad' : '{count} results',
			},
		});
		expect(t('search.filterCount', { count })).toBe(expected);
	});

	test('picks an ordinal form for keys ending .ordinal', () => {
		const t = interfaceOf('en-GB');
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((count) => t('chart.rank.ordinal', { count }))).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'101st',
		]);
	});

	test('falls back to the other form when a form the language has is missing', () => {
		const t = createTranslator('fr-FR', {
			'search.filterCount': { one: '{count} résultat', other: '{count} résultats' },
		});
		expect(t('search.filterCount', { count: 1_000_000 })).toBe('1\u202f000\u202f000 résultats');
	});

	test('splits words at placeholders for markup, keeping values as given', () => {
		const t = createTranslator('en-GB', { 'moved.newAddress': 'It now lives at {link}.' });
		const link = { tag: 'a' };
		expect(t.parts('moved.newAddress', { link })).toEqual(['It now lives at ', link, '.']);
	});

	test('formats months, days, spans, lists and numbers in its locale', () => {
		const en = interfaceOf('en-GB');
		expect(en.month(may2018)).toBe('May 2018');
		expect(en.day(new Date('2018-09-14T00:00:00Z'))).toBe('14 September 2018');
		expect(en.monthRange(april2017, may2018)).toBe('April 2017 – May 2018');
		expect(en.monthRange(may2018)).toBe('May 2018 onwards');
		expect(en.list(['A', 'B', 'C'])).toBe('A, B and C');
		expect(en.number(1234)).toBe('1,234');
		const fr = createTranslator('fr-FR', {});
		expect(fr.month(may2018)).toBe('mai 2018');
		expect(fr.list(['Anne', 'Béa'])).toBe('Anne et Béa');
		expect(['été', 'eau', 'zèbre', 'Éric'].sort(fr.compare)).toEqual(['eau', 'Éric', 'été', 'zèbre']);
	});

	test('joins Welsh lists with "ac" before a vowel and "a" otherwise', () => {
		const cy = createTranslator('cy', {});
		expect(cy.list(['Ann', 'Eli'])).toBe('Ann ac Eli');
		expect(cy.list(['Ann', 'Bryn', 'Carys'])).toBe('Ann, Bryn a Carys');
	});

	test('knows the direction of its script', () => {
		expect(createTranslator('ar', {}).dir).toBe('rtl');
		expect(createTranslator('en-GB', {}).dir).toBe('ltr');
	});
});

describe('textDirection', () => {
	test.each([
		['ar', 'rtl'],
		['ar-EG', 'rtl'],
		['he', 'rtl'],
		['fa-IR', 'rtl'],
		['ur', 'rtl'],
		['cy', 'ltr'],
		['en-GB', 'ltr'],
		['zh-Hant-TW', 'ltr'],
		['not a tag', 'ltr'],
	])('%s is written %s', (locale, direction) => {
		expect(textDirection(locale)).toBe(direction);
	});
});

describe('placeholdersOf', () => {
	test('lists the placeholders of text and of every plural form, once each', () => {
		expect(placeholdersOf('Essay {number} of {total}')).toEqual(['number', 'total']);
		expect(placeholdersOf({ one: '{count} result for “{query}”', other: '{count} results for “{query}”' })).toEqual([
			'count',
			'query',
		]);
		expect(placeholdersOf('Contents')).toEqual([]);
	});
});

describe('interfaceOf', () => {
	test('uses the dictionary of the locale’s language, with the site’s own strings over it', () => {
		expect(interfaceOf('en-US')('site.skipLink')).toBe('Skip to content');
		expect(interfaceOf('en-GB', { 'site.skipLink': 'Jump to the text' })('site.skipLink')).toBe('Jump to the text');
	});
});
