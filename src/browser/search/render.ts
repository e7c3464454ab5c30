import type { FilterGroupView } from '../../lib/search/filters';
import { metaLine, type ResultView } from '../../lib/search/results';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
};

/** A result: title link, "Essay · Project · May 2018", the excerpt with marked words, and links to matching sections. */
export function resultItem(view: ResultView, headingLevel: 2 | 3): HTMLLIElement {
	const item = el('li', 'search-result');
	const heading = el(`h${headingLevel}` as 'h2', 'search-result-title');
	const link = el('a', undefined, view.title);
	link.href = view.url;
	heading.append(link);
	item.append(heading);
	const meta = metaLine(view);
	if (meta) {
		const line = el('p', 'search-result-meta', [view.type, view.project].filter(Boolean).join(' · '));
		if (view.date) {
			const time = el('time', undefined, view.date.label);
			time.dateTime = view.date.iso;
			line.append(line.textContent ? ' · ' : '', time);
		}
		item.append(line);
	}
	const excerpt = el('p', 'search-result-excerpt');
	excerpt.innerHTML = view.excerpt; // Pagefind escapes the page text and adds only <mark>.
	item.append(excerpt);
	if (view.subResults.length > 0) {
		const list = el('ul', 'search-subresults');
		list.setAttribute('aria-label', `Matching sections of ${view.title}`);
		for (const sub of view.subResults) {
			const subItem = el('li');
			const subLink = el('a', undefined, sub.title);
			subLink.href = sub.url;
			const subExcerpt = el('p', 'search-result-excerpt');
			subExcerpt.innerHTML = sub.excerpt;
			subItem.append(subLink, subExcerpt);
			list.append(subItem);
		}
		item.append(list);
	}
	return item;
}

/** Tick boxes for each filter group, named so the form submits them as the address's parameters. */
export function filterFieldsets(groups: FilterGroupView[]): HTMLFieldSetElement[] {
	return groups.map((group) => {
		const fieldset = el('fieldset', 'search-filter');
		fieldset.append(el('legend', undefined, group.label));
		const list = el('ul');
		for (const option of group.options) {
			const id = `filter-${group.group}-${option.value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
			const input = el('input');
			Object.assign(input, { type: 'checkbox', name: group.group, value: option.value, id, checked: option.selected });
			const label = el('label', undefined, `${option.value} `);
			label.htmlFor = id;
			const count = el('span', 'search-filter-count', `(${option.count})`);
			count.setAttribute('aria-label', `${option.count} ${option.count === 1 ? 'result' : 'results'}`);
			label.append(count);
			const item = el('li');
			item.append(input, label);
			list.append(item);
		}
		fieldset.append(list);
		return fieldset;
	});
}
