// The interface in the site's language: dictionaries of words by key, a translator that fills them in and formats
// dates, numbers and lists with Intl, and the direction of the script. See README.md in this folder.
import { dictionaryFor } from './dictionaries/index.ts';
import type { Message, UiKey } from './messages.ts';
import { createTranslator, type MessageSource, type Translator } from './translator.ts';

export { DICTIONARIES, dictionaryFor } from './dictionaries/index.ts';
export { textDirection } from './locale.ts';
export type { Dictionary, Message, PluralMessage, Placeholders, UiKey } from './messages.ts';
export { createTranslator, type MessageSource, type Translator } from './translator.ts';

/** A site's own words for some keys (`strings:` in content/site.yaml), over its language's dictionary. */
export type SiteStrings = Partial<Record<UiKey, Message>>;

/** The words of a site's interface: the dictionary of its locale, with the site's own strings over it. */
export function interfaceMessages(locale: string, strings: SiteStrings = {}): MessageSource {
	return { ...dictionaryFor(locale)?.dictionary, ...strings };
}

/** The translator of a site's interface: `interfaceOf('fr-FR')('site.skipLink')` => "Aller au contenu". */
export function interfaceOf(locale: string, strings: SiteStrings = {}): Translator {
	return createTranslator(locale, interfaceMessages(locale, strings));
}
