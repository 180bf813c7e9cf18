/**
 * The three yearly series: strategic emerging industries' share of GDP (SeiShareScene) and of
 * industrial output (SeiOutputScene), and R&D spending as a share of GDP (RdIntensityScene). A year
 * without a figure is drawn as a gap, the 2018 census revision as a break, and no line runs across
 * either; China joins Shanghai only when the text brings it in, and disputed years show both values.
 */
import { cleanup } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { SceneId } from '$lib/story/steps';
import {
	drawScene,
	drawn,
	figure,
	hiddenIds,
	labelOf,
	legend,
	linePoints,
	percent,
	seen,
	seenIds,
	stateOf,
	story,
	target,
	withoutMotion,
	words
} from './scene-test-kit';

withoutMotion();

/** Years between a series' first and last figure that have no figure. */
function missingYears(scene: SceneId): number[] {
	const years = story.chart.scenes[scene].marks.map((mark) => Math.floor(mark.t));
	const missing: number[] = [];
	for (let year = Math.min(...years); year <= Math.max(...years); year++) {
		if (!years.includes(year)) missing.push(year);
	}
	return missing;
}

/** Where the plot marks each gap and break, in percent across it. */
const gapCentres = () =>
	[...document.querySelectorAll('[data-missing]')].map(
		(gap) => percent(gap, 'left') + percent(gap, 'width') / 2
	);
const breakAt = () => [...document.querySelectorAll('[data-break]')].map((mark) => percent(mark, 'left'));

/** Every stretch of line drawn, as the x of its two ends. */
const segments = () =>
	linePoints().flatMap((xs) => xs.slice(1).map((x, index) => [xs[index] ?? 0, x] as const));

/** Lines join only points a year apart; nothing marked as missing or as a break lies between them. */
function expectNoLineAcross(...walls: number[]) {
	expect(segments().length).toBeGreaterThan(0);
	for (const [from, to] of segments()) {
		for (const wall of walls)
			expect(wall > from && wall < to, `line ${from}→${to} crosses ${wall}`).toBe(false);
	}
}

/** The segments a line should draw: neighbouring years, on one side of every break. */
function expectedSegments(scene: SceneId): Array<readonly [number, number]> {
	const { marks, breaks } = story.chart.scenes[scene];
	return marks.slice(1).flatMap((mark, index) => {
		const previous = marks[index]!;
		const broken = breaks.some((item) => item.t > previous.t && item.t <= mark.t);
		return mark.t - previous.t === 1 && !broken
			? [[percent(drawn(previous.id), 'left'), percent(drawn(mark.id), 'left')] as const]
			: [];
	});
}

describe('share of GDP (sei-share)', () => {
	it('step 6 marks 2016, 2017 and 2022 from the data, the years between as gaps, and the census break', () => {
		drawScene(stateOf('sei-share'));
		const points = story.chart.scenes['sei-share'].marks;
		expect(seenIds('.dot')).toEqual(points.map((mark) => mark.id));
		for (const mark of points) {
			expect(target(mark.id)).toBe(mark.scaled);
			expect(labelOf(mark.id)).toBe(`${mark.short}%`);
		}
		expect(missingYears('sei-share')).toEqual([2018, 2019, 2020, 2021]);
		expect(
			[...document.querySelectorAll('[data-missing]')].map((gap) => gap.getAttribute('data-missing'))
		).toEqual(missingYears('sei-share').map(String));
		for (const gap of document.querySelectorAll('[data-missing]')) {
			expect(gap).toHaveTextContent(words.chart.legend.noData);
		}
		const census = story.chart.scenes['sei-share'].breaks;
		expect(census.map((item) => item.id)).toEqual(['gdp_census_revision']);
		expect(drawn('sei_va_2016_share')).toHaveClass('status-derived');
		const line = document.querySelector('[data-break="gdp_census_revision"]');
		expect(line).toHaveTextContent(words.chart.breakLabel);
		expect(legend()).toEqual([words.chart.legend.derived, words.chart.legend.noData]);
	});

	it('joins only neighbouring years, never across a gap or the census break', () => {
		drawScene(stateOf('sei-share'));
		expectNoLineAcross(...gapCentres(), ...breakAt());
		const drawnSegments = segments();
		const expected = expectedSegments('sei-share');
		expect(drawnSegments).toHaveLength(expected.length);
		expected.forEach(([from, to], index) => {
			expect(drawnSegments[index]![0]).toBeCloseTo(from, 1);
			expect(drawnSegments[index]![1]).toBeCloseTo(to, 1);
		});
	});
});

describe('share of industrial output (sei-output)', () => {
	const points = story.chart.scenes['sei-output'].marks;
	const labelled = () => points.filter((mark) => labelOf(mark.id) !== null).map((mark) => mark.id);

	it('step 7 shows every year from the data and labels the first and last, with 2019 left empty', () => {
		drawScene(stateOf('sei-output'));
		expect(seenIds('.dot')).toEqual(points.map((mark) => mark.id));
		for (const mark of points) expect(target(mark.id)).toBe(mark.scaled);
		expect(missingYears('sei-output')).toEqual([2019]);
		expect(
			[...document.querySelectorAll('[data-missing]')].map((gap) => gap.getAttribute('data-missing'))
		).toEqual(['2019']);
		expect(labelled()).toEqual(['sei_output_share_2015', 'sei_output_share_2023']);
		expect(labelOf('sei_output_share_2023')).toBe(`${figure('sei-output', 'sei_output_share_2023').short}%`);
	});

	it('step 8 moves the labels to the jump either side of the gap, the points staying put', async () => {
		const chart = drawScene(stateOf('sei-output'));
		await chart.show(stateOf('sei-output-jump'));
		expect(seenIds('.dot')).toEqual(points.map((mark) => mark.id));
		expect(labelled()).toEqual(['sei_output_share_2018', 'sei_output_share_2020']);
		expect(drawn('sei_output_share_2018')).toHaveClass('focus');
		expect(drawn('sei_output_share_2015')).not.toHaveClass('focus');
	});

	it('does not join 2018 to 2020 across the missing year', () => {
		drawScene(stateOf('sei-output-jump'));
		expectNoLineAcross(...gapCentres());
		expect(segments()).toHaveLength(expectedSegments('sei-output').length);
	});
});

describe('R&D spending as a share of GDP (rd-intensity)', () => {
	const points = story.chart.scenes['rd-intensity'].marks;
	const china = points.filter((mark) => mark.entity === 'China').map((mark) => mark.id);
	const key = () => Number(getComputedStyle(document.querySelector('.key .china')!).opacity);
	const chinaLine = () => document.querySelector('svg g path');
	/** The target carries its own standing label ("target: …"); the others are labelled by the step. */
	const targets = points.filter((mark) => mark.series === 'rd_intensity_target');
	const labelled = () =>
		points.filter((mark) => labelOf(mark.id) !== null && !targets.includes(mark)).map((mark) => mark.id);

	it('labels the 2025 target as a target, once, unless the step’s own figure stands where that label would', () => {
		for (const step of ['shares-rd', 'shares-rd-china'] as const) {
			drawScene(stateOf(step));
			const labels = targets.map((mark) => labelOf(mark.id)).filter((label) => label !== null);
			expect(labels, step).toEqual([
				`${words.chart.entities.target}${words.chart.colon}${targets[0]?.short}%`
			]);
			cleanup();
		}
		// Step 13 is about the article's "about 4.44" for 2022, labelled above its point, just left of the target.
		drawScene(stateOf('shares-rd-conflict'));
		expect(labelOf('rd_sh_2022_reported')).toBe(`${figure('rd-intensity', 'rd_sh_2022_reported').short}%`);
		expect(targets.map((mark) => labelOf(mark.id)).filter((label) => label !== null)).toEqual([]);
	});

	it('step 11 shows Shanghai alone: China’s points, line and key are hidden', () => {
		drawScene(stateOf('shares-rd'));
		expect(china.length).toBeGreaterThan(0);
		expect(hiddenIds('.dot')).toEqual(china);
		expect(seenIds('.dot')).toEqual(points.filter((mark) => mark.entity !== 'China').map((mark) => mark.id));
		expect(key()).toBe(0);
		expect(chinaLine() === null || !seen(chinaLine()!)).toBe(true);
		expect(labelled()).toEqual(['rd_sh_2012', 'rd_sh_2023']);
		expect(document.querySelector('[data-break="gdp_census_revision"]')).toHaveTextContent(
			words.chart.breakLabel
		);
		for (const mark of points) expect(target(mark.id)).toBe(mark.scaled);
	});

	it('step 12 brings China in beside Shanghai, in the second colour', async () => {
		const chart = drawScene(stateOf('shares-rd'));
		await chart.show(stateOf('shares-rd-china'));
		expect(seenIds('.dot')).toEqual(points.map((mark) => mark.id));
		for (const id of china) expect(drawn(id)).toHaveClass('secondary');
		expect(document.querySelectorAll('.dot.secondary')).toHaveLength(china.length);
		expect(key()).toBe(1);
		expect(seen(chinaLine()!)).toBe(true);
		expect(labelled()).toEqual(['rd_cn_2023', 'rd_sh_2023']);
	});

	it('step 13 labels every point where sources disagree, the higher of a pair above, the lower below', () => {
		drawScene(stateOf('shares-rd-conflict'));
		const disputed = points.filter((mark) => mark.status === 'conflicting');
		const focus: readonly string[] = stateOf('shares-rd-conflict').focus;
		expect(disputed.length).toBeGreaterThan(0);
		expect(labelled().sort()).toEqual(
			points
				.filter((mark) => mark.status === 'conflicting' || focus.includes(mark.id))
				.map((mark) => mark.id)
				.sort()
		);
		for (const mark of disputed) {
			expect(labelOf(mark.id)).toBe(`${mark.short}%`);
			expect(drawn(mark.id)).toHaveClass('status-conflicting');
			const twin = disputed.find(
				(other) =>
					other !== mark && other.entity === mark.entity && Math.floor(other.t) === Math.floor(mark.t)
			);
			if (!twin) continue;
			const side = (twin.value ?? 0) > (mark.value ?? 0) ? 'below' : 'above';
			expect(drawn(mark.id).querySelector('.label'), mark.id).toHaveClass(side);
		}
		expect(legend()).toEqual([words.chart.legend.conflicting, words.chart.legend.reported]);
	});

	it('never runs a line across the census revision, nor to a disputed, reported or target value', () => {
		drawScene(stateOf('shares-rd-conflict'));
		expectNoLineAcross(...breakAt());
		const joinable = (mark: (typeof points)[number]) =>
			mark.status === 'official' && mark.series === 'rd_intensity';
		const lineXs = new Set(
			linePoints()
				.flat()
				.map((x) => x.toFixed(1))
		);
		const alone = points.filter(
			(mark) =>
				!joinable(mark) &&
				!points.some((other) => joinable(other) && Math.floor(other.t) === Math.floor(mark.t))
		);
		expect(alone.length).toBeGreaterThan(0);
		for (const mark of alone) {
			expect(lineXs.has(percent(drawn(mark.id), 'left').toFixed(1)), `${mark.id} is on no line`).toBe(false);
		}
	});
});
