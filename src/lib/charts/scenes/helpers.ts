import { scaleLinear } from 'd3';
import type { Unit } from '$lib/data/schema';
import type { Mark, SceneData } from '../scene-data';

/** The scene's mark with this id; a missing one is a build-time mistake, so it throws. */
export function markOf(data: SceneData, id: string): Mark {
	const mark = data.marks.find((candidate) => candidate.id === id);
	if (!mark) throw new Error(`the scene "${data.scene}" has no mark "${id}"`);
	return mark;
}

/** The scene's marks of one series (and entity), in time order. */
export function marksOf(data: SceneData, series: string, entity?: string): Mark[] {
	return data.marks.filter(
		(mark) => mark.series === series && (entity === undefined || mark.entity === entity)
	);
}

/** A value axis top with room above the highest value: a round number from d3's `nice`. */
export function niceTop(max: number, headroom = 1.1): number {
	return (
		scaleLinear()
			.domain([0, max * headroom])
			.nice(4)
			.domain()[1] ?? max
	);
}

/** Is this mark's value a lower bound ("more than", "at least")? */
export const isLowerBound = (mark: Mark) => mark.qualifier === 'more_than' || mark.qualifier === 'at_least';

/**
 * The mark's number as a label: qualifier and number, with a % sign for shares. When the figure is
 * stated in another unit than the axis's (a value in trillions on an axis of billions), the whole
 * figure with its unit, so no number is read on the wrong scale.
 */
export function valueLabel(mark: Mark, axisUnit?: Unit): string {
	if (mark.unit?.startsWith('pct_')) return `${mark.short}%`;
	if (axisUnit !== undefined && mark.unit !== axisUnit) return mark.label;
	return mark.short;
}

/**
 * Orders two ids or entity names by their characters' codes, for a sort's tie-break in the browser.
 * Not `localeCompare`: its first call loads the browser's collation data, about 65 ms of the page's
 * hydration on a phone, to order ASCII names whose order is the same either way
 * (`helpers.test.ts` checks the charts keep the order localeCompare gave them).
 */
export function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
