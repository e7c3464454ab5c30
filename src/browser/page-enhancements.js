/* The one script a page runs on load: inlined at the top of <head> and minified at build time; budget 1 KB.
   Theme: follows prefers-color-scheme; a stored choice (localStorage "theme") overrides it and is applied here,
   before the first paint, so the page never flashes the wrong theme.
   Everything else a reader can do is code that loads on first use: the modules parked, in this order, in
   <template id="page-modules"> (src/components/PageModules.astro): 0 search dialog, 1 search highlighter,
   2 page actions (theme toggle, copy buttons, video facades), 3 note previews. A click on a [data-use="N"]
   element, the search shortcuts (/ and Ctrl+K or ⌘K) or a ?highlight= address start module N and queue
   [N, element] in self.labEssays, which the module works through (src/browser/page-queue.ts); so does pointing at
   or focusing a note number ([data-use="3"]), which shows its note without a click. */
(() => {
	const doc = document;
	const root = doc.documentElement;
	const dark = matchMedia('(prefers-color-scheme:dark)');
	const sync = () =>
		doc
			.querySelectorAll('[data-theme-toggle]')
			.forEach((b) => b.setAttribute('aria-pressed', (root.dataset.theme || (dark.matches && 'dark')) == 'dark'));
	const on = (type, listener) => doc.addEventListener(type, listener);
	const started = [];
	const use = (module, target, event) => {
		event?.preventDefault();
		(self.labEssays ||= []).push([module, target]);
		// A clone of a parked <script> runs when added to the document; the parked one never does.
		if (!started[module]) doc.head.append(doc.importNode(doc.getElementById('page-modules').content.children[module]));
		started[module] = 1;
	};
	try {
		root.dataset.theme = localStorage.theme || '';
	} catch {
		/* Storage blocked: the theme follows the system. */
	}
	root.classList.add('js');
	on('DOMContentLoaded', () => {
		sync();
		if (/[?&]highlight=/.test(location.search)) use(1);
	});
	dark.addEventListener('change', sync);
	on('keydown', (event) => {
		const { key, target } = event;
		const typing = target.isContentEditable || target.matches('input,textarea,select');
		if (!event.altKey && (event.ctrlKey || event.metaKey ? key == 'k' || key == 'K' : key == '/' && !typing))
			use(0, null, event);
	});
	on('click', (event) => {
		const b = event.target.closest('[data-use]');
		// A modified click on a link keeps its usual meaning (new tab, new window).
		if (b && !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey))
			use(+b.dataset.use, b, event);
	});
	// Written short for the byte budget: the target becomes the note number pointed at or focused, if any.
	const peek = ({ target }) => (target = target.closest('[data-use="3"]')) && use(3, target);
	on('mouseover', peek);
	on('focusin', peek);
})();
