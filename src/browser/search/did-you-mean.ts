import { needsCorrection } from '../../lib/search/did-you-mean';
import { VOCABULARY_FILE } from '../../lib/search/vocabulary';
import { withBase } from '../../lib/urls';
import { parseVocabulary, suggest, type Vocabulary } from './suggest';

let loading: Promise<Vocabulary | undefined> | undefined;

/**
 * Fetches the site's vocabulary once, for the first query whose results do not show all its words
 * (src/lib/search/did-you-mean.ts); without it (offline, the dev server) search works as before and simply suggests nothing.
 */
export function loadVocabulary(): Promise<Vocabulary | undefined> {
	loading ??= fetch(withBase(`/${VOCABULARY_FILE}`, import.meta.env.BASE_URL))
		.then((response) => (response.ok ? response.text() : ''))
		.then((text) => (text ? parseVocabulary(text) : undefined))
		.catch(() => undefined);
	return loading;
}

/** The "Did you mean …" line of a search box: shown while the query has a likely misspelling. */
export interface SuggestionLine {
	element: HTMLElement;
	/**
	 * Works out the suggestion for a query, given the excerpts of its results shown so far, and shows or hides the
	 * line; the vocabulary is fetched only when those excerpts do not mark every word of the query.
	 */
	update(query: string, excerpts: readonly string[]): Promise<void>;
	/** Searches for the suggestion shown, if any; true when it did (so Enter does nothing else). */
	accept(): boolean;
}

/**
 * A "Did you mean peer support?" line whose button (or Enter in the box, as the line says) searches for the
 * suggestion by putting it in the box, `input`, and calling `search`. The line is a polite live region, so screen
 * readers hear the offer after the results count.
 */
export function suggestionLine(input: HTMLInputElement, search: () => void): SuggestionLine {
	const element = document.createElement('p');
	element.className = 'search-suggestion';
	element.setAttribute('aria-live', 'polite');
	element.hidden = true;
	let offered: string | undefined;
	let latest = 0;

	const accept = () => {
		if (!offered) return false;
		input.value = offered;
		offered = undefined;
		element.hidden = true;
		element.replaceChildren();
		input.focus();
		search();
		return true;
	};

	const update = async (query: string, excerpts: readonly string[]) => {
		const ticket = ++latest;
		const vocabulary = needsCorrection(query, excerpts) ? await loadVocabulary() : undefined;
		if (ticket !== latest) return;
		offered = vocabulary && suggest(query, vocabulary);
		element.hidden = !offered;
		if (!offered) return element.replaceChildren();
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'search-suggestion-button';
		button.textContent = offered;
		button.addEventListener('click', accept);
		const hint = document.createElement('span');
		hint.className = 'search-suggestion-hint';
		hint.textContent = ' Press Enter in the box to search for it.';
		element.replaceChildren('Did you mean ', button, '?', hint);
	};

	return { element, update, accept };
}
