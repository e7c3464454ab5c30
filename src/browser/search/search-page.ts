import { FILTER_GROUPS, filterPanel, noFilters, type FilterCounts } from '../../lib/search/filters';
import { excerptsOf, resultsMessage } from '../../lib/search/results';
import {
	normaliseQuery,
	parseSearchState,
	sameSearch,
	serialiseSearchState,
	type SearchState,
} from '../../lib/search/url-state';
import { suggestionLine } from '../../browser/search/did-you-mean';
import { enableArrowKeys } from './list-keys';
import { loadPagefind, SearchUnavailableError } from './pagefind-loader';
import { filterFieldsets, resultItem } from './render';
import { loadViews, runSearch, type SearchOutcome } from './search-runner';

/** Results per batch; "Show more results" loads the next batch. */
const PAGE_SIZE = 10;
/** How long typing pauses before the address is updated. */
const ADDRESS_DELAY_MS = 400;

interface Elements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	controls: HTMLElement;
	filters: HTMLElement;
	sort: HTMLSelectElement;
	status: HTMLElement;
	list: HTMLOListElement;
	more: HTMLButtonElement;
}

/**
 * The /search/ page: the address holds the whole search (`?q=…&type=…&sort=…`), so a search can be shared,
 * reloaded and walked through with the back button. Typing updates the results at once and the address after a pause;
 * ticking a filter or submitting adds a history entry.
 */
export function runSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-page');
	if (!form) return;
	const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
	const ui: Elements = {
		form,
		input: $('#search-query'),
		controls: $('#search-controls'),
		filters: $('#search-filters'),
		sort: $('#search-sort'),
		status: $('#search-status'),
		list: $('#search-results'),
		more: $('#search-more'),
	};
	ui.controls.hidden = false;
	enableArrowKeys(ui.input, ui.list);
	const suggestion = suggestionLine(ui.input, () => {
		const state = stateFromForm();
		record(state, 'push');
		void show(state);
	});
	ui.status.after(suggestion.element);

	let current: SearchOutcome | undefined;
	let shown = 0;
	let latest = 0;
	let addressTimer: ReturnType<typeof setTimeout> | undefined;

	const stateFromForm = (): SearchState => {
		const state = parseSearchState(new URLSearchParams(new FormData(ui.form) as unknown as Record<string, string>));
		return { ...state, query: normaliseQuery(ui.input.value) };
	};

	/** Puts the state in the address: a new history entry, or (while typing) an update of the current one. */
	const record = (state: SearchState, mode: 'push' | 'replace' | 'typing') => {
		clearTimeout(addressTimer);
		const write = (push: boolean) => {
			if (sameSearch(parseSearchState(location.search), state)) return;
			const url = `${location.pathname}${serialiseSearchState(state)}`;
			if (push) history.pushState({ typing: mode === 'typing' }, '', url);
			else history.replaceState(history.state, '', url);
		};
		if (mode !== 'typing') return write(mode === 'push');
		// One history entry per burst of typing: the first pause adds it, later pauses update it.
		addressTimer = setTimeout(() => write(!history.state?.typing), ADDRESS_DELAY_MS);
	};

	const show = async (state: SearchState) => {
		const ticket = ++latest;
		try {
			const pagefind = await loadPagefind();
			const outcome = await runSearch(pagefind, state);
			const views = await loadViews(outcome.hits, 0, PAGE_SIZE);
			if (ticket !== latest) return;
			current = outcome;
			shown = views.length;
			renderFilters(ui, await pagefind.filters(), outcome.counts, state);
			ui.list.replaceChildren(...views.map((view) => resultItem(view, 2)));
			ui.more.hidden = shown >= outcome.hits.length;
			ui.status.textContent = outcome.searched
				? resultsMessage({ count: outcome.hits.length, query: state.query, filters: state.filters })
				: 'Type words to search, or tick filters to browse.';
			void suggestion.update(state.query, views.flatMap(excerptsOf));
		} catch (error) {
			if (ticket !== latest) return;
			void suggestion.update('', []);
			ui.controls.hidden = true;
			ui.list.replaceChildren();
			ui.more.hidden = true;
			ui.status.textContent =
				error instanceof SearchUnavailableError
					? error.message
					: 'Search failed. Please reload the page and try again.';
		}
	};

	const applyToForm = (state: SearchState) => {
		ui.input.value = state.query;
		ui.sort.value = state.sort;
		for (const box of ui.filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
			box.checked = state.filters[box.name as (typeof FILTER_GROUPS)[number]]?.includes(box.value) ?? false;
		}
	};

	ui.input.addEventListener('input', () => {
		const state = stateFromForm();
		record(state, 'typing');
		void show(state);
	});
	ui.form.addEventListener('change', (event) => {
		if (event.target === ui.input) return;
		const state = stateFromForm();
		record(state, 'push');
		void show(state);
	});
	ui.form.addEventListener('submit', (event) => {
		event.preventDefault();
		// Enter takes a "Did you mean …" offer when there is one.
		if (suggestion.accept()) return;
		const state = stateFromForm();
		record(state, 'push');
		void show(state);
	});
	ui.more.addEventListener('click', async () => {
		if (!current) return;
		const views = await loadViews(current.hits, shown, shown + PAGE_SIZE);
		const items = views.map((view) => resultItem(view, 2));
		ui.list.append(...items);
		shown += views.length;
		ui.more.hidden = shown >= current.hits.length;
		items[0]?.querySelector('a')?.focus();
	});
	window.addEventListener('popstate', () => {
		const state = parseSearchState(location.search);
		applyToForm(state);
		void show(state);
	});

	const initial = parseSearchState(location.search);
	applyToForm(initial);
	void show(initial);
}

function renderFilters(ui: Elements, all: FilterCounts, counts: FilterCounts, state: SearchState): void {
	const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
	ui.filters.replaceChildren(...filterFieldsets(filterPanel(all, counts, state.filters ?? noFilters())));
	// Re-rendering replaces the boxes; keep the keyboard where the reader was.
	if (focused && ui.filters.querySelector(`#${CSS.escape(focused)}`)) {
		document.getElementById(focused)?.focus();
	}
}
