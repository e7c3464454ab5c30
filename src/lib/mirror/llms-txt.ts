/** One linked entry in /llms.txt. */
export interface LlmsTxtLink {
	title: string;
	/** Where the entry's Markdown mirror is, absolute. */
	url: string;
	/** One line on what it says. */
	summary: string;
}

/** A heading of /llms.txt with its links, e.g. `{ heading: 'Essays', links: […] }`. Empty sections are left out. */
export interface LlmsTxtSection {
	heading: string;
	links: readonly LlmsTxtLink[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The site's /llms.txt (https://llmstxt.org): its name as the title, its description as the quote, then a list
 * of links per section. `llmsTxt({ title: 'Lab', description: 'Essays.' }, [])` => `'# Lab\n\n> Essays.\n'`.
 */
export function llmsTxt(
	site: { title: string; description: string },
	sections: readonly LlmsTxtSection[],
	intro?: string,
): string {
	const blocks = [`# ${oneLine(site.title)}`, `> ${oneLine(site.description)}`];
	if (intro) blocks.push(oneLine(intro));
	for (const { heading, links } of sections) {
		if (links.length === 0) continue;
		blocks.push(
			`## ${heading}\n\n${links.map((l) => `- [${oneLine(l.title)}](${l.url}): ${oneLine(l.summary)}`).join('\n')}`,
		);
	}
	return `${blocks.join('\n\n')}\n`;
}
