/** What a plain-text mirror says about an entry before its body. */
export interface MirrorEntry {
	title: string;
	subtitle?: string | undefined;
	summary: string;
	/** The page the mirror stands for, absolute. */
	url: string;
	/** Short facts shown as a list under the title, e.g. `['Published', 'May 2018']`. */
	details: readonly (readonly [label: string, value: string])[];
	/** The body, already Markdown. */
	body: string;
}

/**
 * The Markdown mirror of one entry: its title, subtitle and summary, a list of details with a link to the page,
 * then the body. `entryMarkdown({ title: 'A', summary: 'S.', url: 'https://x.org/a/', details: [], body: 'Text.\n' })`
 * => `'# A\n\n> S.\n\n- Web page: https://x.org/a/\n\nText.\n'`.
 */
export function entryMarkdown(entry: MirrorEntry): string {
	const details = [...entry.details, ['Web page', entry.url] as const].map(([label, value]) => `- ${label}: ${value}`);
	return [
		`# ${entry.title}`,
		entry.subtitle && `_${entry.subtitle}_`,
		`> ${entry.summary}`,
		details.join('\n'),
		entry.body.trim(),
	]
		.filter(Boolean)
		.join('\n\n')
		.concat('\n');
}

/** Where a page's Markdown mirror is: `markdownPath('/essays/a/')` => `'/essays/a/index.md'`. */
export const markdownPath = (pagePath: string): string => `${pagePath.replace(/\/?$/, '/')}index.md`;
