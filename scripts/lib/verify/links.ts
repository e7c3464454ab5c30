import { parse, type HTMLElement } from 'node-html-parser';
import { followLink } from '../follow-link.ts';
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
		const here = pageUrlPath(file, site.base);
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
	here: string,
	site: BuiltSite,
	targetsOf: (file: string) => Set<string>,
): string | undefined {
	const value = raw.trim();
	if (value === '') return 'is empty';
	// The site's own absolute URLs (canonical, Open Graph) are checked like root-relative ones.
	const ownSite = value.startsWith(`${site.site}/`) || value === site.site;
	const href = ownSite ? value.slice(site.site.length) || '/' : value;
	const outcome = followLink(href, here, {
		pageAt: (path) => (path.startsWith(site.base) ? resolveFile(path.slice(site.base.length), site.files) : undefined),
		idsOn: (file) => (file.endsWith('.html') ? targetsOf(file) : undefined),
	});
	switch (outcome.kind) {
		case 'external':
		case 'found':
			return undefined;
		case 'no-page': {
			if (!outcome.path.startsWith(site.base)) return `is outside the base path ${site.base}`;
			const hint = site.files.has(`${outcome.path.slice(site.base.length)}/index.html`)
				? ' (add the trailing slash)'
				: '';
			return `no file at ${outcome.path}${hint}`;
		}
		case 'no-fragment':
			return `no element with id "${outcome.fragment}" on ${outcome.path}`;
	}
}

function resolveFile(relative: string, files: ReadonlySet<string>): string | undefined {
	if (relative === '' || relative.endsWith('/')) {
		const index = `${relative}index.html`;
		return files.has(index) ? index : undefined;
	}
	return files.has(relative) ? relative : undefined;
}
