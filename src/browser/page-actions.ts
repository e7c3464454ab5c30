import { PAGE_MODULE } from '../lib/page-modules';
import { onPageUse } from './page-queue';

// The page's buttons, loaded on the first click of one: the theme toggle, "Copy" under a citation and a video
// facade. The stored theme itself is applied before the first paint by the inline page script.

const root = document.documentElement;
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const systemTheme = () => (darkScheme.matches ? 'dark' : 'light');
const currentTheme = () => root.dataset.theme || systemTheme();

function toggleTheme(): void {
	const next = currentTheme() === 'dark' ? 'light' : 'dark';
	// Choosing the system's own theme forgets the choice, so the page follows the system again.
	root.dataset.theme = next === systemTheme() ? '' : next;
	try {
		localStorage.setItem('theme', root.dataset.theme);
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
	for (const toggle of document.querySelectorAll('[data-theme-toggle]')) {
		toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
	}
}

/** Swaps the facade link for the privacy-enhanced player: the first request to the video host. */
function playVideo(facade: HTMLAnchorElement, title: string): void {
	const frame = document.createElement('iframe');
	frame.src = `${facade.href}?autoplay=1`;
	frame.title = title;
	frame.allow = 'autoplay; fullscreen';
	facade.replaceWith(frame);
	frame.focus();
}

async function copyText(button: HTMLElement, sourceId: string): Promise<void> {
	const status = button.nextElementSibling;
	try {
		await navigator.clipboard.writeText(document.getElementById(sourceId)?.innerText ?? '');
		if (status) status.textContent = 'Copied';
	} catch {
		if (status) status.textContent = 'Copying was blocked: select the text and copy it instead';
	}
}

onPageUse(PAGE_MODULE.actions, (target) => {
	const { video, copy } = target?.dataset ?? {};
	if (target instanceof HTMLAnchorElement && video !== undefined) playVideo(target, video);
	else if (target && copy) void copyText(target, copy);
	else if (target?.hasAttribute('data-theme-toggle')) toggleTheme();
});
