// For the scenes that draw annual series over years: a module of its own, so that a page whose first
// scene draws none does not carry them in its first script (each scene's imports are its chunk's).
import type { BreakMark, Mark } from '../scene-data';
import type { Drawn } from '../layers/drawn';

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
