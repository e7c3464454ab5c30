import { RESERVED_PAGE_IDS } from '../../../src/lib/content/pages.ts';
import type { Problem } from '../problem.ts';
import { at, type Check } from './types.ts';

/**
 * No two entries of a collection may share an id (Astro would silently keep only one of them, at one address)
 * or a title (readers could not tell them apart in lists and search results).
 */
export const uniquenessProblems: Check = (entries) => {
	const problems: Problem[] = [];
	for (const entry of entries) {
		if (entry.collection === 'pages' && (RESERVED_PAGE_IDS as readonly string[]).includes(entry.id)) {
			problems.push({
				...at(entry),
				message: `The address /${entry.id}/ belongs to another part of the site. Rename the file.`,
			});
		}
		const others = entries.filter((other) => other !== entry && other.collection === entry.collection);
		const sameId = others.filter((other) => other.id === entry.id);
		if (sameId.length) {
			const bySlugField = typeof entry.data.slug === 'string';
			problems.push({
				...at(entry),
				...(bySlugField ? { field: 'slug', line: entry.lineOf(['slug']) } : {}),
				message: `Has the same slug "${entry.id}" as ${sameId.map((o) => o.file).join(' and ')}, so only one would be published. Rename one of the files${bySlugField ? ' or change its slug' : ''}.`,
			});
		}
		const title = typeof entry.data.title === 'string' ? entry.data.title.trim().toLowerCase() : '';
		const sameTitle = title
			? others.filter(
					(other) => typeof other.data.title === 'string' && other.data.title.trim().toLowerCase() === title,
				)
			: [];
		if (sameTitle.length) {
			problems.push({
				...at(entry),
				line: entry.lineOf(['title']),
				field: 'title',
				message: `${JSON.stringify(entry.data.title)} is also the title of ${sameTitle.map((o) => o.file).join(' and ')}. Give each ${entry.collection.replace(/s$/, '')} its own title.`,
			});
		}
	}
	return problems;
};
