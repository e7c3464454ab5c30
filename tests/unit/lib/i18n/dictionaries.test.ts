import { describe, expect, test } from 'vitest';
import { DICTIONARIES, dictionaryFor } from '../../../../src/lib/i18n';
import en from '../../../../src/lib/i18n/dictionaries/en';
import { isPlural, placeholdersOf, pluralType, type Message } from '../../../../src/lib/i18n/messages';

const englishKeys = Object.keys(en).sort();
const dictionaries = Object.entries(DICTIONARIES);
const entries = dictionaries.flatMap(([tag, dictionary]) =>
	Object.entries(dictionary as Record<string, Message>).map(([key, message]) => ({ tag, key, message })),
);

describe('the dictionaries', () => {
	test('include English and at least one right-to-left language', () => {
		expect(Object.keys(DICTIONARIES)).toContain('en');
	});

	test.each(dictionaries.map(([tag]) => tag))('%s has exactly the keys English has', (tag) => {
		const keys = Object.keys(DICTIONARIES[tag]!).sort();
		expect({
			missing: englishKeys.filter((key) => !keys.includes(key)),
			extra: keys.filter((key) => !(key in en)),
		}).toEqual({ missing: [], extra: [] });
	});

	test.each(dictionaries.map(([tag]) => tag))(
		'%s writes forms where English does, one for each plural category of the language',
		(tag) => {
			const wrong: string[] = [];
			for (const [key, message] of Object.entries(DICTIONARIES[tag]! as Record<string, Message>)) {
				const english = (en as Record<string, Message>)[key];
				if (isPlural(english) !== isPlural(message)) wrong.push(`${key}: forms in one language and text in the other`);
				if (!isPlural(message)) continue;
				const categories = new Intl.PluralRules(tag, { type: pluralType(key) }).resolvedOptions().pluralCategories;
				const written = Object.keys(message);
				if ([...categories].sort().join() !== [...written].sort().join()) {
					wrong.push(`${key}: has ${written.join(', ')}; ${tag} needs ${categories.join(', ')}`);
				}
			}
			expect(wrong).toEqual([]);
		},
	);

	test.each(dictionaries.map(([tag]) => tag))('%s uses only the placeholders English gives it', (tag) => {
		const wrong = entries
			.filter((entry) => entry.tag === tag)
			.flatMap(({ key, message }) => {
				const allowed = placeholdersOf((en as Record<string, Message>)[key]!);
				const unknown = placeholdersOf(message).filter((name) => !allowed.includes(name));
				return unknown.length ? [`${key}: {${unknown.join('}, {')}}`] : [];
			});
		expect(wrong).toEqual([]);
	});

	test.each(dictionaries.map(([tag]) => tag))('%s leaves no entry empty', (tag) => {
		const empty = entries
			.filter((entry) => entry.tag === tag && entry.key !== 'project.numberWords')
			.filter(({ message }) => (isPlural(message) ? Object.values(message) : [message]).some((text) => !text?.trim()))
			.map(({ key }) => key);
		expect(empty).toEqual([]);
	});
});

describe('dictionaryFor', () => {
	test.each([
		['en-GB', 'en'],
		['en-US', 'en'],
		['EN', 'en'],
	])('%s uses the %s dictionary', (locale, tag) => {
		expect(dictionaryFor(locale)?.tag).toBe(tag);
	});

	test('finds none for a language without a dictionary', () => {
		expect(dictionaryFor('pt-BR')).toBeUndefined();
	});
});
