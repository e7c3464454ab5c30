/**
 * The direction a language is written in, from `Intl.Locale`'s text info (as Starlight's `utils/i18n.ts` reads it):
 * `textDirection('ar')` => `'rtl'`, `textDirection('fr-FR')` => `'ltr'`.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
	try {
		const info = new Intl.Locale(locale) as Intl.Locale & {
			textInfo?: { direction?: string };
			getTextInfo?: () => { direction?: string };
		};
		const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
		return direction === 'rtl' ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}

/**
 * The tags to look a locale up by, most specific first: `lookupTags('fr-CA')` => `['fr-CA', 'fr']`;
 * `lookupTags('zh-Hant-TW')` => `['zh-Hant-TW', 'zh-Hant', 'zh']`.
 */
export function lookupTags(locale: string): string[] {
	const parts = locale.split('-');
	return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}
