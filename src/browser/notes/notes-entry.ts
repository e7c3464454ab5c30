import { PAGE_MODULE } from '../../lib/page-modules';
import { onPageUse } from '../page-queue';
import { notePreviews } from './note-preview';

// Started by the page script the first time a note number is pointed at, focused or tapped, not on load.

const previews = notePreviews();
onPageUse(PAGE_MODULE.notes, (target) => {
	if (target instanceof HTMLAnchorElement) previews.open(target);
});
