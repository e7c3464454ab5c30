// Loaded on every page, so it stays tiny: it only listens. The dialog and the highlighter are bundled as separate
// modules, parked in <template id="search-modules"> and started on first use. Budget: under 1.5 KB
// (tests/build/search.test.ts checks it).

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
const parked = document.querySelector<HTMLTemplateElement>('#search-modules')?.content.querySelectorAll('script');
let dialogStarted = false;

/** Starts a parked module: 0 is the dialog, 1 the highlighter. */
const start = (index: number) => {
	const script = document.createElement('script');
	script.type = 'module';
	script.src = parked?.[index]?.src ?? '';
	document.head.append(script);
};

const openSearch = (event: Event) => {
	const pageInput = document.querySelector<HTMLInputElement>('#search-query');
	event.preventDefault();
	// On the search page itself, the shortcut goes to its own box.
	if (pageInput) pageInput.focus();
	else if (dialogStarted) document.dispatchEvent(new Event('lab-essays:search'));
	else {
		dialogStarted = true;
		start(0);
	}
};

trigger?.addEventListener('click', (event) => {
	if (!event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey && event.button === 0) openSearch(event);
});

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
	const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
	const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
	if (slash || modK) openSearch(event);
});

if (new URLSearchParams(location.search).has('highlight')) start(1);

export {}; // A module, so its names stay out of the global scope.
