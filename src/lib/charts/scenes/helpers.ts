import { scaleLinear } from 'd3';
import type { Unit } from '$lib/data/schema';
import type { BreakMark, Mark, SceneData } from '../scene-data';
import type { Drawn } from '../layers/drawn';

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
 * Splits points of an annual series into runs a line may join: a missing year or a series break
 * between two points ends a run. Milestones and undated reports are not joined.
 */
export function runsOf(points: readonly Drawn[], breaks: readonly BreakMark[] = []): Drawn[][] {
	const runs: Drawn[][] = [];
	let run: Drawn[] = [];
	for (const point of points) {
		const previous = run[run.length - 1];
		const t = point.mark.t;
		const gap = previous && t - previous.mark.t > 1.01;
		const broken = previous && breaks.some((item) => item.t > previous.mark.t && item.t <= t);
		if (previous && (gap || broken)) {
			runs.push(run);
			run = [];
		}
		run.push(point);
	}
	if (run.length > 0) runs.push(run);
	return runs;
}

/** Years from `from` to `to`, every `step`, as axis ticks. */
export function yearTicks(from: number, to: number, step = 1): Array<{ at: number; name: string }> {
	const ticks: Array<{ at: number; name: string }> = [];
	for (let year = from; year <= to; year += step) ticks.push({ at: year, name: String(year) });
	return ticks;
}

/** Years between `from` and `to` (inclusive) that no point of the series covers. */
export function missingYears(points: readonly Mark[], from: number, to: number): number[] {
	const covered = new Set(points.map((mark) => Math.floor(mark.t)));
	const missing: number[] = [];
	for (let year = from; year <= to; year++) if (!covered.has(year)) missing.push(year);
	return missing;
}

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

/**
 * Orders two ids or entity names by their characters' codes, for a sort's tie-break in the browser.
 * Not `localeCompare`: its first call loads the browser's collation data, about 65 ms of the page's
 * hydration on a phone, to order ASCII names whose order is the same either way
 * (`helpers.test.ts` checks the charts keep the order localeCompare gave them).
 */
export function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
