import { HIGHLIGHT_PARAM, highlightPattern, highlightTerms } from '../../lib/search/highlight';

// Marks the words a reader searched for when they arrive from a result (?highlight=…). Loaded only then.

const SKIP = 'script, style, noscript, [data-pagefind-ignore], mark';

function highlight(root: Element, pattern: RegExp): HTMLElement[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest(SKIP) || !node.nodeValue?.trim()
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	const marks: HTMLElement[] = [];
	for (const text of texts) {
		const value = text.nodeValue!;
		const matches = [...value.matchAll(pattern)];
		if (matches.length === 0) continue;
		const fragment = document.createDocumentFragment();
		let last = 0;
		for (const match of matches) {
			fragment.append(value.slice(last, match.index));
			const mark = document.createElement('mark');
			mark.className = 'search-highlight';
			mark.textContent = match[0];
			fragment.append(mark);
			marks.push(mark);
			last = match.index + match[0].length;
		}
		fragment.append(value.slice(last));
		text.replaceWith(fragment);
	}
	return marks;
}

const pattern = highlightPattern(highlightTerms(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM)));
const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
if (pattern && root) {
	const marks = highlight(root, pattern);
	// A link to a section already scrolls there; otherwise bring the first match into view.
	if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
}
