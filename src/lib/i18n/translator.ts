import { textDirection } from './locale.ts';
import { isPlural, pluralType, type Message, type Placeholders, type UiKey } from './messages.ts';

type Value = string | number;
type Values<K extends UiKey> = [Placeholders<K>] extends [never] ? [] : [values: Record<Placeholders<K>, Value>];

/**
 * The interface's words and formats in one language: `t('essay.position', { number: 3, total: 6 })` =>
 * "Essay 3 of 6". Numbers given as values are written the language's way, and an entry with plural forms picks
 * its form by `count` (Intl.PluralRules). Dates, lists and sorting go through `Intl` in the same locale.
 */
export interface Translator {
	<K extends UiKey>(key: K, ...values: Values<K>): string;
	/**
	 * The words of `key` split at its placeholders, with each value in its place as given, so a value can be markup:
	 * `t.parts('moved.newAddress', { link: a })` => `['It now lives at ', a, '.']`.
	 */
	parts<K extends UiKey, T>(key: K, values: Record<Placeholders<K>, Value | T>): (string | T)[];
	/** The language as a BCP 47 tag, for `lang`: `en-GB`. */
	readonly locale: string;
	/** Which way the language is written, for `dir`. */
	readonly dir: 'ltr' | 'rtl';
	/** A month and year, as the site shows most dates: "May 2018", "mai 2018". */
	month(date: Date): string;
	/** A day, month and year: "14 September 2018". */
	day(date: Date): string;
	/** A span of months: "April 2017 – May 2018", or "September 2018 onwards" with no end. */
	monthRange(start: Date, end?: Date): string;
	/** Names joined as the language joins them: ["A", "B", "C"] => "A, B and C". */
	list(items: readonly string[]): string;
	/** A number written the language's way: 1234 => "1,234" (English), "1 234" (French). */
	number(value: number): string;
	/** Compares two strings in the language's alphabetical order, for sorting. */
	compare(a: string, b: string): number;
}

/** Words the language has for each key; a key with none is shown as the key itself, which the dictionary tests forbid. */
export type MessageSource = Partial<Record<UiKey, Message>>;

/**
 * The translator of a locale from its messages (a dictionary with the site's own strings over it; see
 * `interfaceMessages`). Formatters are made on first use.
 */
export function createTranslator(locale: string, messages: MessageSource): Translator {
	const once = <T>(make: () => T) => {
		let made: T | undefined;
		return () => (made ??= make());
	};
	const numbers = once(() => new Intl.NumberFormat(locale));
	const cardinal = once(() => new Intl.PluralRules(locale));
	const ordinal = once(() => new Intl.PluralRules(locale, { type: 'ordinal' }));
	const months = once(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
	const days = once(
		() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
	);
	const lists = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
	const collator = once(() => new Intl.Collator(locale));

	const format = (value: Value) => (typeof value === 'number' ? numbers().format(value) : value);

	/** The text of a key for these values: its plural form picked by `count` when it has forms. */
	const textOf = (key: UiKey, values: Record<string, unknown>): string => {
		const message = messages[key];
		if (message === undefined) return key;
		if (!isPlural(message)) return message;
		const count = Number(values.count ?? 0);
		const category = (pluralType(key) === 'ordinal' ? ordinal() : cardinal()).select(count);
		return message[category] ?? message.other;
	};

	const translate = <K extends UiKey>(key: K, ...[values]: Values<K>): string => {
		const given = (values ?? {}) as Record<string, Value>;
		return textOf(key, given).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
			name in given ? format(given[name]!) : placeholder,
		);
	};

	const parts = <K extends UiKey, T>(key: K, values: Record<Placeholders<K>, Value | T>): (string | T)[] => {
		const given = values as Record<string, Value | T>;
		return textOf(key, given)
			.split(/(\{\w+\})/)
			.map((piece): string | T => {
				const name = /^\{(\w+)\}$/.exec(piece)?.[1];
				if (name === undefined || !(name in given)) return piece;
				const value = given[name]!;
				return typeof value === 'number' || typeof value === 'string' ? format(value) : value;
			})
			.filter((piece) => piece !== '');
	};

	return Object.assign(translate, {
		parts,
		locale,
		dir: textDirection(locale),
		month: (date: Date) => months().format(date),
		day: (date: Date) => days().format(date),
		monthRange(start: Date, end?: Date) {
			const from = months().format(start);
			return end
				? translate('date.range', { start: from, end: months().format(end) })
				: translate('date.onwards', { start: from });
		},
		list: (items: readonly string[]) => joinList(lists(), locale, items),
		number: (value: number) => numbers().format(value),
		compare: (a: string, b: string) => collator().compare(a, b),
	});
}

/**
 * Items joined by `Intl.ListFormat`. CLDR writes the Welsh "and" as ", a(c)", leaving the reader to choose: Welsh
 * writes "ac" before a vowel and "a" otherwise, with no comma before it ("Ann, Bryn ac Eli").
 */
function joinList(format: Intl.ListFormat, locale: string, items: readonly string[]): string {
	const parts = format.formatToParts(items);
	if (new Intl.Locale(locale).language !== 'cy') return parts.map((part) => part.value).join('');
	return parts
		.map((part, i) =>
			part.type === 'literal'
				? part.value.replace(/,?\s*a\(c\)\s*/, /^[aeiouwyâêîôûŵŷ]/i.test(parts[i + 1]?.value ?? '') ? ' ac ' : ' a ')
				: part.value,
		)
		.join('');
}
