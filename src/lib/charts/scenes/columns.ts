// For the scenes of labelled columns (the STAR listings, the AI counts); see `years.ts` on why apart.
import type { Mark } from '../scene-data';
import type { Drawn } from '../layers/drawn';
import { valueLabel } from './helpers';

/**
 * One labelled column per mark, keyed by the mark's id, at its tweened height: the drawing of a scene
 * whose columns never hide (the STAR listings, the AI counts).
 */
export function labelledColumns(
	marks: readonly Mark[],
	heights: readonly number[],
	focus: readonly string[]
): Drawn[] {
	return marks.map((mark, index) => ({
		mark,
		x: mark.id,
		y: heights[index] ?? 0,
		target: mark.scaled ?? 0,
		opacity: 1,
		focus: focus.includes(mark.id),
		label: valueLabel(mark)
	}));
}
