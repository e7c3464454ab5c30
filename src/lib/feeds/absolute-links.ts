import { parse } from 'node-html-parser';

/**
 * Makes every link and image in rendered HTML absolute, because feed readers show items away from the site:
 * root-relative URLs resolve against the site's origin, and fragment-only links (`#fn-1`) against the page.
 * `absoluteLinks('<a href="/lab/about/">', 'https://x.org/lab/essays/a/')` => `'<a href="https://x.org/lab/about/">'`.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
	const root = parse(html, { comment: false });
	for (const element of root.querySelectorAll('[href], [src], [poster]')) {
		for (const name of ['href', 'src', 'poster']) {
			const value = element.getAttribute(name);
			if (value === undefined || /^[a-z][a-z0-9+.-]*:/i.test(value) || value === '') continue;
			element.setAttribute(name, new URL(value, pageUrl).href);
		}
	}
	return root.toString();
}
