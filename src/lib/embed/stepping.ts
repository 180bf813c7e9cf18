/**
 * How the stepper turns keys and swipes into steps. Pure, so the rules are tested without a browser.
 */

/** The step a key leads to from `current` (1-based, of `total`), or `undefined` for keys we leave alone. */
export function stepKey(key: string, current: number, total: number): number | undefined {
	switch (key) {
		case 'ArrowRight':
			return Math.min(current + 1, total);
		case 'ArrowLeft':
			return Math.max(current - 1, 1);
		case 'Home':
			return 1;
		case 'End':
			return total;
		default:
			return undefined;
	}
}

/** A swipe must travel this far sideways, in CSS pixels… */
export const SWIPE_MIN_PX = 40;
/** …and be this much more sideways than up or down, so scrolling the host's page is never a swipe. */
export const SWIPE_RATIO = 1.5;

/** The step a swipe leads to: leftwards is next, rightwards previous; `undefined` when it is no swipe. */
export function swipeStep(dx: number, dy: number, current: number, total: number): number | undefined {
	if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * SWIPE_RATIO) return undefined;
	const next = dx < 0 ? current + 1 : current - 1;
	return next >= 1 && next <= total ? next : undefined;
}
