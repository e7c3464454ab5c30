import { noteIdOf, previewContent } from './note-content';

/** How long the pointer may be away from the number and its preview before the preview closes. */
const CLOSE_DELAY_MS = 300;

/**
 * Note previews: pointing at, focusing or tapping a note number shows the note beside it, in the paragraph; Escape,
 * moving the pointer or focus away, or tapping elsewhere closes it. The preview sits right after the number, so Tab
 * goes from the number into the note's links, and a live region reads the note out as it opens. The number itself
 * stays the jump link it is without JavaScript, and the preview ends with a link to the note in the list.
 */
export function notePreviews(doc: Document = document) {
	const preview = doc.createElement('span');
	preview.className = 'note-preview';
	preview.id = 'note-preview';
	preview.setAttribute('role', 'group');
	const announcer = doc.createElement('span');
	announcer.className = 'sr-only';
	announcer.setAttribute('aria-live', 'polite');
	doc.body.append(announcer);

	let current: HTMLAnchorElement | undefined;
	let closeTimer: ReturnType<typeof setTimeout> | undefined;
	let describedBy: string | null = null;
	// A number whose preview Escape closed: focus returning to it does not reopen it; a click or leaving it does.
	let dismissed: HTMLAnchorElement | undefined;

	const place = (ref: HTMLElement) => {
		// Below the number's line, as far left as keeps it inside the text's column and the window.
		const column = (ref.closest('.prose, article, main') ?? doc.body).getBoundingClientRect();
		const parent = (preview.offsetParent ?? doc.body).getBoundingClientRect();
		const number = ref.getBoundingClientRect();
		const width = Math.min(column.width, doc.documentElement.clientWidth - 16, 28 * 16);
		const left = Math.max(
			Math.max(column.left, 8),
			Math.min(number.left - width / 3, column.right - width, doc.documentElement.clientWidth - 8 - width),
		);
		preview.style.width = `${width}px`;
		preview.style.left = `${left - parent.left}px`;
		preview.style.top = `${number.bottom - parent.top + 6}px`;
	};

	const close = ({ restoreFocus = false } = {}) => {
		clearTimeout(closeTimer);
		if (!current) return;
		const ref = current;
		current = undefined;
		if (describedBy === null) ref.removeAttribute('aria-describedby');
		else ref.setAttribute('aria-describedby', describedBy);
		ref.removeAttribute('aria-expanded');
		ref.removeAttribute('aria-controls');
		const hadFocus = preview.contains(doc.activeElement);
		preview.remove();
		announcer.textContent = '';
		if (restoreFocus || hadFocus) ref.focus();
	};

	const open = (ref: HTMLAnchorElement) => {
		clearTimeout(closeTimer);
		if (current === ref || dismissed === ref) return;
		const id = noteIdOf(ref.getAttribute('href'));
		const note = id && doc.getElementById(id);
		if (!note) return;
		close();
		current = ref;
		const number = ref.textContent?.trim() ?? '';
		const jump = doc.createElement('a');
		jump.className = 'note-preview-jump';
		jump.href = `#${id}`;
		jump.textContent = `Go to note ${number} in the notes`;
		preview.setAttribute('aria-label', `Note ${number}`);
		preview.replaceChildren(...previewContent(note, doc), jump);
		(ref.parentElement ?? ref).after(preview);
		place(ref);
		describedBy = ref.getAttribute('aria-describedby');
		ref.setAttribute('aria-describedby', 'note-preview');
		ref.setAttribute('aria-expanded', 'true');
		ref.setAttribute('aria-controls', 'note-preview');
		// Filled a moment after the region exists, so screen readers notice the change and read the note.
		setTimeout(() => {
			if (current === ref) announcer.textContent = `Note ${number}: ${previewText()}`;
		}, 50);
	};

	const previewText = () =>
		[...preview.querySelectorAll('.note-preview-text')].map((block) => block.textContent?.trim()).join(' ');

	const within = (target: EventTarget | null) =>
		target instanceof Node && (preview.contains(target) || (!!current && current.contains(target)));
	const closeSoon = () => {
		clearTimeout(closeTimer);
		closeTimer = setTimeout(() => close(), CLOSE_DELAY_MS);
	};

	doc.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && current) {
			event.preventDefault();
			dismissed = current;
			close({ restoreFocus: within(doc.activeElement) });
		}
	});
	doc.addEventListener('mouseout', (event) => {
		if (event.target === dismissed) dismissed = undefined;
		if (current && within(event.target) && !within(event.relatedTarget)) closeSoon();
	});
	doc.addEventListener('mouseover', (event) => {
		if (within(event.target)) clearTimeout(closeTimer);
	});
	doc.addEventListener('focusout', (event) => {
		if (event.target === dismissed) dismissed = undefined;
		if (current && within(event.target) && !within(event.relatedTarget)) close();
	});
	// Before the page script's own click handler asks for the preview again.
	doc.addEventListener(
		'click',
		(event) => event.target instanceof Node && dismissed?.contains(event.target) && (dismissed = undefined),
		true,
	);
	doc.addEventListener('pointerdown', (event) => {
		if (current && !within(event.target)) close();
	});
	addEventListener('resize', () => current && place(current));

	return { open, close };
}
