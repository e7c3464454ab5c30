/** What a page's link-preview image says. */
export interface OgImageText {
	/** A short line above the title: `'Essay 3 of 6 · Peer support'`. */
	kicker: string;
	title: string;
	/** A line at the foot: `'Northfield Research Group · August 2018'`. */
	footer: string;
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxChars` characters at spaces; a longer text ends its last
 * line with `…`. `wrapText('What the river survey found', 16, 2)` => `['What the river', 'survey found']`.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= maxChars || !line) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
	return kept;
}

const escape = (text: string) =>
	text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The 1200×630 SVG of a page's link-preview image, in the site's colours, with the title in up to four lines. */
export function ogImageSvg({ kicker, title, footer }: OgImageText): string {
	// DejaVu Sans Bold at 64px fits about 24 characters in the 1008px between the margins.
	const size = 64;
	const lines = wrapText(title, 22, 4);
	const top = 240;
	const titleLines = lines
		.map(
			(line, i) =>
				`<text x="96" y="${top + i * size * 1.2}" font-size="${size}" font-weight="700">${escape(line)}</text>`,
		)
		.join('');
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
		'<rect width="1200" height="630" fill="#0b4f6c"/><rect y="590" width="1200" height="40" fill="#f2b134"/>',
		'<g transform="translate(96 84)"><rect width="72" height="72" rx="16" fill="#fff"/>',
		'<circle cx="35" cy="34" r="17" fill="none" stroke="#0b4f6c" stroke-width="8"/>',
		'<path d="M42 42 L55 56" stroke="#f2b134" stroke-width="8" stroke-linecap="round"/></g>',
		'<g font-family="DejaVu Sans" fill="#fff">',
		`<text x="192" y="132" font-size="34" fill="#d7e8ef">${escape(kicker)}</text>`,
		titleLines,
		`<text x="96" y="540" font-size="32" fill="#d7e8ef">${escape(footer)}</text>`,
		'</g></svg>',
	].join('');
}
