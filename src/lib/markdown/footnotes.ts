/**
 * remark-rehype options for footnotes: a visible "Notes" heading, and back-links whose names say which
 * reference they return to. The name contains the link's visible text (WCAG 2.5.3): a second back-link
 * shows "↩2" and is named "Back to reference 1, use 2" (axe reads "(use 2)" as not containing "2").
 */
export const footnoteOptions = {
	footnoteLabel: 'Notes',
	footnoteLabelTagName: 'h2',
	footnoteLabelProperties: { className: ['footnotes-title'] },
	footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
		`Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `, use ${rereferenceIndex}` : ''}`,
};
