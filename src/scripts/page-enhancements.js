/* The one script a page runs on load. It is inlined at the top of <head>, so the theme is set before the first
   paint, and minified at build time; the budget is 1 KB.
   Theme: follows prefers-color-scheme; a stored choice (localStorage "theme") overrides it, and choosing the
   system's own theme again forgets the choice, so the page follows the system once more.
   Clicks are delegated from the document, so no other script is needed: the theme toggle, the citation copy
   buttons (which only show when this script runs) and video facades (no request to the video host before). */
(() => {
	const root = document.documentElement;
	const key = 'theme';
	const dark = matchMedia('(prefers-color-scheme:dark)');
	const system = () => (dark.matches ? 'dark' : 'light');
	const current = () => root.dataset.theme || system();
	const sync = () =>
		document
			.querySelectorAll('[data-theme-toggle]')
			.forEach((b) => b.setAttribute('aria-pressed', current() == 'dark'));
	try {
		root.dataset.theme = localStorage.getItem(key) || '';
	} catch {
		/* Storage blocked: the theme still follows the system. */
	}
	root.classList.add('js');
	document.addEventListener('DOMContentLoaded', sync);
	dark.addEventListener('change', sync);
	document.addEventListener('click', (event) => {
		const b = event.target.closest('[data-theme-toggle],[data-copy],[data-video]');
		if (!b) return;
		const { video, copy } = b.dataset;
		if (video) {
			event.preventDefault();
			const frame = document.createElement('iframe');
			frame.src = b.href + '?autoplay=1';
			frame.title = video;
			frame.allow = 'autoplay;fullscreen';
			b.replaceWith(frame);
			frame.focus();
		} else if (copy) {
			navigator.clipboard
				.writeText(document.getElementById(copy).innerText)
				.then(() => (b.nextElementSibling.textContent = 'Copied'));
		} else {
			const next = current() == 'dark' ? 'light' : 'dark';
			root.dataset.theme = next == system() ? '' : next;
			try {
				localStorage.setItem(key, root.dataset.theme);
			} catch {
				/* Storage blocked: the choice lasts for this page only. */
			}
			sync();
		}
	});
})();
