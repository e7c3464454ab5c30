import { suggestionLine } from '../../browser/search/did-you-mean';
import { noFilters } from '../../lib/search/filters';
import { excerptsOf, resultsMessage } from '../../lib/search/results';
import { normaliseQuery, serialiseSearchState } from '../../lib/search/url-state';
import { paths, withBase } from '../../lib/urls';
import { enableArrowKeys } from './list-keys';
import { loadPagefind, SearchUnavailableError } from './pagefind-loader';
import { resultItem } from './render';
import { loadViews, runSearch } from './search-runner';

/** Results shown in the dialog (the search page lists them all); the first few appear before the rest load. */
const DIALOG_RESULTS = 6;
const FIRST_RESULTS = 2;

let dialog: HTMLDialogElement | undefined;
let returnFocusTo: HTMLElement | null = null;

/** Opens the search dialog (built on first use), remembering what to return focus to when it closes. */
export function openSearchDialog(opener: HTMLElement | null): void {
	dialog ??= buildDialog();
	returnFocusTo = opener;
	if (!dialog.open) dialog.showModal();
	const input = dialog.querySelector('input')!;
	input.focus();
	input.select();
}

function buildDialog(): HTMLDialogElement {
	const page = withBase(paths.search(), import.meta.env.BASE_URL);
	const node = document.createElement('dialog');
	node.className = 'search-dialog';
	node.setAttribute('aria-labelledby', 'search-dialog-title');
	// Static markup only: everything that comes from the index is added with textContent or Pagefind's escaped excerpts.
	node.innerHTML = `
		<div class="search-dialog-header">
			<h2 id="search-dialog-title" class="search-dialog-title">Search</h2>
			<button type="button" class="search-dialog-close">Close</button>
		</div>
		<form class="search-dialog-form" role="search" method="get">
			<label for="search-dialog-input">Search essays, projects and updates</label>
			<input id="search-dialog-input" name="q" type="search" autocomplete="off" spellcheck="false"
				aria-describedby="search-dialog-help" />
		</form>
		<p id="search-dialog-help" class="search-help">↓ and ↑ move through the results, Enter opens one, Esc closes.</p>
		<p class="search-status" role="status" aria-live="polite"></p>
		<ol class="search-results"></ol>
		<p class="search-dialog-more"><a href="${page}">All results, with filters and sorting</a></p>`;
	const form = node.querySelector('form')!;
	form.action = page;
	const input = node.querySelector('input')!;
	const status = node.querySelector<HTMLElement>('.search-status')!;
	const list = node.querySelector<HTMLOListElement>('.search-results')!;
	const more = node.querySelector<HTMLAnchorElement>('.search-dialog-more a')!;
	let latest = 0;
	const suggestion = suggestionLine(input, () => void show());
	status.after(suggestion.element);

	const show = async () => {
		const ticket = ++latest;
		const query = normaliseQuery(input.value);
		const state = { query, filters: noFilters(), sort: 'relevance' as const };
		more.href = page + serialiseSearchState(state);
		try {
			const pagefind = await loadPagefind();
			const outcome = await runSearch(pagefind, state, { counts: false });
			const first = await loadViews(outcome.hits, 0, FIRST_RESULTS);
			if (ticket !== latest) return; // A newer search has started; its results win.
			list.replaceChildren(...first.map((view) => resultItem(view, 3)));
			status.textContent = resultsMessage({ count: outcome.hits.length, query, filters: state.filters });
			void suggestion.update(query, first.flatMap(excerptsOf));
			const rest = await loadViews(outcome.hits, FIRST_RESULTS, DIALOG_RESULTS);
			if (ticket === latest) list.append(...rest.map((view) => resultItem(view, 3)));
		} catch (error) {
			if (ticket !== latest) return;
			list.replaceChildren();
			void suggestion.update('', []);
			status.textContent =
				error instanceof SearchUnavailableError
					? error.message
					: 'Search failed. Please reload the page and try again.';
		}
	};

	input.addEventListener('input', show);
	input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
	// Enter takes a "Did you mean …" offer; with none it opens the search page, as the form says.
	form.addEventListener('submit', (event) => suggestion.accept() && event.preventDefault());
	enableArrowKeys(input, list);
	node.querySelector('.search-dialog-close')!.addEventListener('click', () => node.close());
	// A click on the backdrop lands on the dialog element itself.
	node.addEventListener('click', (event) => event.target === node && node.close());
	node.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			// Chrome's search inputs swallow the first Escape to clear themselves; close at once instead.
			event.preventDefault();
			node.close();
		} else if (event.key === 'Tab') {
			keepFocusInside(node, event);
		}
	});
	node.addEventListener('close', () => returnFocusTo?.focus());
	document.body.append(node);
	return node;
}

/** Wraps Tab and Shift+Tab around the dialog's focusable elements, so focus never leaves it. */
function keepFocusInside(node: HTMLElement, event: KeyboardEvent): void {
	const focusable = [...node.querySelectorAll<HTMLElement>('a[href], button, input')];
	const first = focusable[0];
	const last = focusable.at(-1);
	if (event.shiftKey && document.activeElement === first) {
		event.preventDefault();
		last?.focus();
	} else if (!event.shiftKey && document.activeElement === last) {
		event.preventDefault();
		first?.focus();
	}
}
