/**
 * The widest the reading column gets, in CSS pixels: `--measure` (58ch, src/styles/tokens.css) of the widest body face
 * the font stack picks (DejaVu Serif) at the largest body size (19px). An entry's image is shown at most this wide.
 */
export const READING_COLUMN_MAX = 720;

/** The share of a narrow screen the column takes: the page gutter is 4vw on each side (`--gutter`, tokens.css). */
const NARROW_SHARE = 0.92;

/**
 * How an image in the reading column is shown: at its own width, or the column's width if it is wider
 * (`width`, what the `<img>` says), and the `sizes` that tell the browser how wide that is on each screen, so it
 * fetches the smallest file of the `srcset` that stays sharp:
 * `columnImage(2400)` => `{ width: 720, sizes: '(min-width: 783px) 720px, 92vw' }`.
 */
export function columnImage(intrinsicWidth: number): { width: number; sizes: string } {
	const width = Math.min(Math.round(intrinsicWidth), READING_COLUMN_MAX);
	const fullFrom = Math.ceil(width / NARROW_SHARE);
	return { width, sizes: `(min-width: ${fullFrom}px) ${width}px, ${Math.round(NARROW_SHARE * 100)}vw` };
}
