import type en from './dictionaries/en.ts';

/** A plural category of CLDR, as `Intl.PluralRules` names them. */
export type PluralCategory = Intl.LDMLPluralRule;

/** The plural categories in CLDR's order, for messages listing them. */
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Words that change with `{count}`: one form per plural category of the language, `other` always among them. */
export type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };

/** One entry of a dictionary: text, or text by plural category. */
export type Message = string | PluralMessage;

/** A key of the interface's words, e.g. `'site.skipLink'`; the English dictionary defines them. */
export type UiKey = keyof typeof en;

/** A complete dictionary: every key, as text where English has text and as plural forms where English has forms. */
export type Dictionary = { [K in UiKey]: (typeof en)[K] extends string ? string : PluralMessage };

type TextOf<M> = M extends string ? M : M[keyof M];
type Names<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;

/** The placeholders of a key, from its English text: `Placeholders<'essay.position'>` is `'number' | 'total'`. */
export type Placeholders<K extends UiKey> = Names<TextOf<(typeof en)[K]>>;

/** Whether an entry is written as plural forms. */
export const isPlural = (message: Message | undefined): message is PluralMessage =>
	typeof message === 'object' && message !== null;

/** Keys ending `.ordinal` pick their form by ordinal rules ("1st", "2nd"), the rest by cardinal rules ("1 result"). */
export const pluralType = (key: string): Intl.PluralRuleType => (key.endsWith('.ordinal') ? 'ordinal' : 'cardinal');

/** The placeholders written in a message: `placeholdersOf('Essay {number} of {total}')` => `['number', 'total']`. */
export function placeholdersOf(message: Message): string[] {
	const texts = isPlural(message) ? Object.values(message) : [message];
	return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))];
}
