import type { Mark } from '../scene-data';
import { byCodeUnits } from './helpers';

/**
 * Gives each event of a timeline its own lane (0 nearest the axis), in time order, so that no two
 * labels share a height and none can overlap, whatever the width of the screen. Hidden events keep
 * their lanes, so labels do not jump as the timeline grows.
 */
export function lanesOf(events: readonly Mark[]): Map<string, number> {
	return new Map(
		[...events].sort((a, b) => a.t - b.t || byCodeUnits(a.id, b.id)).map((mark, index) => [mark.id, index])
	);
}
