/** The id of a note a reference points at: `'#user-content-fn-3'` => `'user-content-fn-3'`; none for other links. */
export function noteIdOf(href: string | null): string | undefined {
	const match = /^#(user-content-fn-[\w-]+)$/.exec(href ?? '');
	return match?.[1];
}

/**
 * A copy of a note's text for its preview: each paragraph as a block of inline content (the preview sits inside the
 * text's paragraph), without the back-links (the reader is already at the reference) and without ids (the note keeps
 * its own).
 */
export function previewContent(note: Element, doc: Document = document): HTMLElement[] {
	const blocks = [...note.children].filter((child) => child.tagName === 'P');
	return (blocks.length ? blocks : [note]).map((block) => {
		const copy = doc.createElement('span');
		copy.className = 'note-preview-text';
		for (const node of block.childNodes) copy.append(node.cloneNode(true));
		for (const link of copy.querySelectorAll('[data-footnote-backref]')) link.remove();
		for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
		copy.normalize();
		// The back-links leave a space behind them.
		const last = copy.lastChild;
		if (last?.nodeType === Node.TEXT_NODE) last.textContent = last.textContent!.trimEnd();
		return copy;
	});
}
