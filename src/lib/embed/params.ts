/**
 * The URL parameters an embed page reads. Each parser takes the raw value (or `null`) and returns a
 * valid value or `undefined`; anything else in the URL is ignored, so a junk or hostile parameter
 * never breaks the page, never reaches the markup and never picks a wrong state.
 */

export const THEMES = ['light', 'dark'] as const;
/** A colour theme chosen by the host; without one, the reader's system preference applies. */
export type Theme = (typeof THEMES)[number];

/** `?theme=light|dark`, exactly. */
export function parseTheme(raw: string | null | undefined): Theme | undefined {
	return THEMES.find((theme) => theme === raw);
}

/**
 * pym.js's `?childId=`: the id of the host's container element, echoed in every height message. Only
 * letters, digits, `_`, `-`, `.` and `:` (what ids are made of in practice), at most 64 of them, and
 * never the protocol's own separator.
 */
export function parseChildId(raw: string | null | undefined): string | undefined {
	if (raw == null || !/^[\w.:-]{1,64}$/.test(raw) || raw.includes('xPYMx')) return undefined;
	return raw;
}

/** The widest iframe we believe in, in CSS pixels. */
export const MAX_WIDTH = 10_000;

/** A width in CSS pixels, as pym.js writes it: digits, perhaps a fraction, from 1 to `MAX_WIDTH`. */
export function parseWidth(raw: string | null | undefined): number | undefined {
	if (raw == null || !/^\d{1,5}(\.\d{1,4})?$/.test(raw)) return undefined;
	const width = Number(raw);
	return width >= 1 && width <= MAX_WIDTH ? width : undefined;
}

/**
 * pym.js's `?initialWidth=`: the container's width when the host made the iframe, in whole pixels
 * (pym sends whole numbers; a fraction is rounded).
 */
export function parseInitialWidth(raw: string | null | undefined): number | undefined {
	const width = parseWidth(raw);
	return width === undefined ? undefined : Math.round(width);
}

/** How `/embed/` shows the story: a stepper card (default), or the whole story driven by the host's scroll. */
export type EmbedMode = 'stepper' | 'scroll';

/** `?mode=scroll`, exactly; anything else is the stepper. */
export function parseMode(raw: string | null | undefined): EmbedMode {
	return raw === 'scroll' ? 'scroll' : 'stepper';
}
