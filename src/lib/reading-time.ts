/** Words a reader gets through in a minute of careful reading of long-form prose. */
export const WORDS_PER_MINUTE = 200;

/** Counts the words a reader reads in a Markdown/MDX body, ignoring markup, imports and footnote labels. */
export function countWords(body: string): number {
	const text = body
		.replace(/^---[\s\S]*?---/, ' ') // frontmatter, if the raw file was passed
		.replace(/^(import|export)\s.*$/gm, ' ')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML and MDX component tags
		.replace(/\[\^[^\]]+\]:?/g, ' ') // footnote references and labels
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // keep link text, drop the address
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/[#>*_`|~-]+/g, ' ');
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/** Minutes to read a body, rounded up, at least 1: `readingMinutes(body) => 8`. */
export function readingMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.ceil(countWords(body) / wordsPerMinute));
}
