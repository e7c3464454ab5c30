/**
 * remark-rehype options for footnotes: a visible "Notes" heading, and back-links whose names say which
 * reference they return to ("Back to reference 2", or "Back to reference 2, second use").
 */
export const footnoteOptions = {
	footnoteLabel: 'Notes',
	footnoteLabelTagName: 'h2',
	footnoteLabelProperties: { className: ['footnotes-title'] },
	footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
		`Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `, ${ORDINAL_USES[rereferenceIndex] ?? `use ${rereferenceIndex}`}` : ''}`,
};

const ORDINAL_USES: Record<number, string> = { 2: 'second use', 3: 'third use', 4: 'fourth use', 5: 'fifth use' };
