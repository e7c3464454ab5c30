import { parse } from 'node-html-parser';

const isRelative = (value: string) => value !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(value);

/**
 * Makes every link and image in rendered HTML absolute, because feed readers show items away from the site:
 * root-relative URLs resolve against the site's origin, and fragment-only links (`#fn-1`) against the page; so does
 * each candidate of an image's `srcset`.
 * `absoluteLinks('<a href="/lab/about/">', 'https://x.org/lab/essays/a/')` => `'<a href="https://x.org/lab/about/">'`.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
	const root = parse(html, { comment: false });
	for (const element of root.querySelectorAll('[href], [src], [poster], [srcset]')) {
		for (const name of ['href', 'src', 'poster']) {
			const value = element.getAttribute(name);
			if (value === undefined || !isRelative(value)) continue;
			element.setAttribute(name, new URL(value, pageUrl).href);
		}
		const srcset = element.getAttribute('srcset');
		if (srcset) element.setAttribute('srcset', absoluteSrcset(srcset, pageUrl));
	}
	return root.toString();
}

/** `'/_astro/a.webp 640w, /_astro/b.webp 720w'` with each address made absolute against `pageUrl`. */
function absoluteSrcset(srcset: string, pageUrl: string): string {
	return srcset
		.split(',')
		.map((candidate) => {
			const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
			return [isRelative(address) ? new URL(address, pageUrl).href : address, ...descriptor].join(' ');
		})
		.join(', ');
}
