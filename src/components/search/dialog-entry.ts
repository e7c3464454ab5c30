import { openSearchDialog } from './dialog';

// Loaded by trigger.ts on first use (not on page load). It opens the dialog for the trigger that asked,
// then answers later requests directly through the `lab-essays:search` event.

const open = () => openSearchDialog(document.querySelector<HTMLElement>('[data-search-trigger]'));
document.addEventListener('lab-essays:search', open);
open();
