import type { Mark } from '../scene-data';

/**
 * A mark as a layer draws it at this moment: its position on the scene's scales (tweened), the value
 * it is moving to, its opacity (0 hides it), and whether the step's text is about it.
 */
export interface Drawn {
	mark: Mark;
	/** Position on the x scale: a category or a decimal year. */
	x: number | string;
	/** Position on the y scale: a value, or a category for horizontal bars. */
	y: number | string;
	/** The value the mark is moving to (for tests and tooltips; the drawing uses `y` or `x`). */
	target: number;
	opacity: number;
	focus: boolean;
	/** A label to print beside the mark; none when absent. */
	label?: string;
	/** Drawn in the second series colour (China beside Shanghai). */
	secondary?: boolean;
	/** Set back, in a paler fill, while another mark is picked out; its label keeps full contrast. */
	dim?: boolean;
}

/** CSS classes for how a mark is drawn: its status, and an open end when its value is a lower bound. */
export function markClasses(drawn: Drawn): string {
	const bound = drawn.mark.qualifier === 'more_than' || drawn.mark.qualifier === 'at_least';
	return [
		`status-${drawn.mark.status}`,
		bound ? 'bound' : '',
		drawn.focus ? 'focus' : '',
		drawn.secondary ? 'secondary' : '',
		drawn.dim ? 'dim' : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** Percent with two decimals, for inline styles. */
export const pct = (value: number) => `${Math.round(value * 100) / 100}%`;
