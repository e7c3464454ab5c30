import { PAGE_MODULE } from '../../lib/page-modules';
import { onPageUse } from '../page-queue';
import { openSearchDialog } from './dialog';

// Started by the page script on the first search (a click on the header's Search link, / or Ctrl+K), not on load.
// On the search page itself, a search goes to the page's own box.

onPageUse(PAGE_MODULE.search, () => {
	const pageBox = document.querySelector<HTMLInputElement>('#search-query');
	if (pageBox) pageBox.focus();
	else openSearchDialog(document.querySelector<HTMLElement>('header [data-search-trigger]'));
});
