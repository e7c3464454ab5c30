import { parse, type HTMLElement } from 'node-html-parser';
import type { Problem } from '../problem.ts';
import { pageUrlPath, type BuiltSite } from './types.ts';

/** Attributes that point at another file or a place in a page, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['img[src]', 'src'],
	['script[src]', 'src'],
	['source[src]', 'src'],
	['video[src]', 'src'],
	['video[poster]', 'poster'],
	['audio[src]', 'src'],
	['iframe[src]', 'src'],
	['form[action]', 'action'],
	['meta[property="og:url"]', 'content'],
	['meta[property="og:image"]', 'content'],
	['meta[name="twitter:image"]', 'content'],
];

const ORIGIN = 'http://site.invalid';

/** The ids a page offers as fragment targets (`id` attributes and named anchors). */
export function fragmentTargets(root: HTMLElement): Set<string> {
	const ids = new Set<string>();
	for (const element of root.querySelectorAll('[id], a[name]')) {
		const id = element.getAttribute('id') ?? element.getAttribute('name');
		if (id) ids.add(id);
	}
	return ids;
}

/**
 * Checks every internal `href`/`src` (and the site's own absolute URLs in canonical and Open Graph tags) resolves to a
 * built file under the base, and every `#fragment` to an element id on the target page.
 */
export function checkLinks(site: BuiltSite): Problem[] {
	const problems: Problem[] = [];
	const roots = new Map<string, HTMLElement>();
	const rootOf = (file: string) => {
		let root = roots.get(file);
		if (!root) {
			root = parse(site.pages.get(file) ?? '', { comment: false });
			roots.set(file, root);
		}
		return root;
	};
	const idsOf = new Map<string, Set<string>>();
	const targetsOf = (file: string) => {
		let ids = idsOf.get(file);
		if (!ids) idsOf.set(file, (ids = fragmentTargets(rootOf(file))));
		return ids;
	};

	for (const file of site.pages.keys()) {
		const here = new URL(pageUrlPath(file, site.base), ORIGIN);
		for (const [selector, attribute] of URL_ATTRIBUTES) {
			for (const element of rootOf(file).querySelectorAll(selector)) {
				const raw = element.getAttribute(attribute) ?? '';
				const problem = checkUrl(raw, here, site, targetsOf);
				if (problem)
					problems.push({ file, message: `<${element.tagName.toLowerCase()} ${attribute}="${raw}">: ${problem}` });
			}
		}
	}
	return problems;
}

/** Why one URL on a page does not resolve, or undefined when it does. */
function checkUrl(
	raw: string,
	here: URL,
	site: BuiltSite,
	targetsOf: (file: string) => Set<string>,
): string | undefined {
	const value = raw.trim();
	if (value === '') return 'is empty';
	let target: URL;
	if (value.startsWith(`${site.site}/`) || value === site.site) {
		target = new URL(value.slice(site.site.length) || '/', ORIGIN);
	} else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) {
		return undefined; // another site, mailto: and the like
	} else {
		target = new URL(value, here);
	}
	if (!target.pathname.startsWith(site.base)) return `is outside the base path ${site.base}`;
	const relative = decodeURIComponent(target.pathname.slice(site.base.length));
	const file = resolveFile(relative, site.files);
	if (!file) {
		const hint = site.files.has(`${relative}/index.html`) ? ' (add the trailing slash)' : '';
		return `no file at ${target.pathname}${hint}`;
	}
	const fragment = decodeURIComponent(target.hash.slice(1));
	if (fragment && file.endsWith('.html') && !targetsOf(file).has(fragment)) {
		return `no element with id "${fragment}" on ${target.pathname}`;
	}
	return undefined;
}

function resolveFile(relative: string, files: ReadonlySet<string>): string | undefined {
	if (relative === '' || relative.endsWith('/')) {
		const index = `${relative}index.html`;
		return files.has(index) ? index : undefined;
	}
	return files.has(relative) ? relative : undefined;
}
