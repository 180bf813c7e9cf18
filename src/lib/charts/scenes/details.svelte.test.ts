/**
 * The details of a mark, and how a scene moves between states. A figure named from outside the chart
 * (the `highlight` prop: a figure in the step's text) or tapped in it shows a panel with the figure's
 * measure, date, value, status in words, source and, for a figure we derived, its formula. Between
 * states, marks tween unless motion is reduced: the value a mark stands for changes at once, its
 * drawing follows.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import { STEP_DEFS } from '$lib/story/steps';
import { motion, TRANSITION_MS } from '../motion.svelte';
import type { SceneProps } from '../scene-props';
import IcScene from './IcScene.svelte';
import {
	drawScene,
	drawn,
	figure,
	percent,
	sources,
	stateOf,
	story,
	target,
	withoutMotion,
	words
} from './scene-test-kit';

const details = () => document.querySelectorAll<HTMLElement>('[data-details]');
const panel = () => {
	const shown = details();
	expect(shown).toHaveLength(1);
	return shown[0]!;
};

describe('the details of a mark', () => {
	withoutMotion();

	const named = STEP_DEFS.flatMap((def, index) =>
		def.chart.focus.map((id) => ({ number: index + 1, step: def.id, id, chart: def.chart }))
	);

	it.each(named)(
		'step $number ($step): naming $id shows its value, status and source',
		async ({ id, chart }) => {
			const view = drawScene(chart);
			expect(details()).toHaveLength(0);
			await view.point(id);
			const mark = figure(chart.scene, id);
			const source = sources[mark.sourceId];
			expect(source, `${mark.sourceId} is a known source`).toBeDefined();
			const shown = panel();
			expect(shown).toHaveAttribute('data-details', id);
			expect(shown.querySelector('.what')).toHaveTextContent(`${words.series[mark.series]}, ${mark.when}`);
			expect(shown.querySelector('.value')).toHaveTextContent(mark.label);
			expect(shown.querySelector('.status')).toHaveTextContent(words.status[mark.status]);
			expect(shown.querySelector('.source')).toHaveTextContent(source!.publisher);
			expect(shown.querySelector('.source')).toHaveTextContent(source!.title);
			expect(shown.querySelector('.formula') !== null).toBe(mark.formula !== undefined);

			await view.point(null);
			expect(details()).toHaveLength(0);
		}
	);

	const derived = Object.values(story.chart.scenes).flatMap((data) =>
		data.marks
			.filter((mark) => mark.formula !== undefined)
			.map((mark) => ({ scene: data.scene, id: mark.id, formula: mark.formula ?? '' }))
	);

	it('has derived figures to explain', () => {
		expect(derived.length).toBeGreaterThan(0);
	});

	it.each(derived)('shows how $id ($scene) was derived: its formula', ({ scene, id, formula }) => {
		const chart = STEP_DEFS.find((def) => def.chart.scene === scene)!.chart;
		drawScene(chart, id);
		const shown = panel();
		expect(shown.querySelector('.status')).toHaveTextContent(words.status.derived);
		expect(shown.querySelector('.formula')).toHaveTextContent(`${words.chart.tooltip.formula}: = ${formula}`);
	});

	it('shows nothing for a figure the scene does not draw', () => {
		drawScene(stateOf('ic-star'), 'ai_key_firms_reported');
		expect(details()).toHaveLength(0);
	});

	it('shows a tapped mark over the one the text names, and goes back to it on a second tap', async () => {
		const chart = stateOf('sei-2017');
		drawScene(chart, 'sei_va_2017');
		expect(panel()).toHaveAttribute('data-details', 'sei_va_2017');

		await fireEvent.click(drawn('sei_va_2022'));
		expect(panel()).toHaveAttribute('data-details', 'sei_va_2022');
		expect(panel().querySelector('.value')).toHaveTextContent(figure('sei-value', 'sei_va_2022').label);

		await fireEvent.click(drawn('sei_va_2022'));
		expect(panel()).toHaveAttribute('data-details', 'sei_va_2017');
	});

	it('shows a group of squares as the figure it stands for', async () => {
		drawScene(stateOf('next-batch2'));
		await fireEvent.click(drawn('hq_batch2_firms').querySelector('.grid')!);
		expect(panel()).toHaveAttribute('data-details', 'hq_batch2_firms');
		expect(panel().querySelector('.value')).toHaveTextContent(figure('next', 'hq_batch2_firms').label);
	});
});

describe('moving between states', () => {
	const from = stateOf('sei-2022');
	const to = stateOf('sei-2017');
	const column = figure('sei-value', 'sei_va_2017');

	afterEach(() => {
		cleanup();
		vi.useRealTimers();
		motion.switchedOff = false;
	});

	it('jumps straight to the new state when motion is switched off', async () => {
		motion.switchedOff = true;
		const chart = drawScene(from);
		await chart.show(to);
		expect(target(column.id)).toBe(column.scaled);
		expect(percent(drawn(column.id), 'height')).toBeGreaterThan(0);
		expect(getComputedStyle(drawn(column.id)).opacity).toBe('1');
	});

	it('tweens when motion is on: the target changes at once, the drawing follows within the transition', async () => {
		vi.useFakeTimers();
		motion.switchedOff = false;
		expect(motion.reduced).toBe(false);
		const chart = drawScene(from);
		expect(percent(drawn(column.id), 'height')).toBe(0);

		await chart.show(to);
		expect(target(column.id)).toBe(column.scaled);
		expect(percent(drawn(column.id), 'height')).toBe(0);

		vi.advanceTimersByTime(TRANSITION_MS / 2);
		flushSync();
		const halfway = percent(drawn(column.id), 'height');
		expect(halfway).toBeGreaterThan(0);

		vi.advanceTimersByTime(TRANSITION_MS);
		flushSync();
		const settled = percent(drawn(column.id), 'height');
		expect(settled).toBeGreaterThan(halfway);
		expect(getComputedStyle(drawn(column.id)).opacity).toBe('1');

		// Where a switched-off chart would have jumped to.
		motion.switchedOff = true;
		chart.unmount();
		const instant = drawScene(to);
		expect(percent(drawn(column.id), 'height')).toBeCloseTo(settled, 1);
		instant.unmount();
	});
});

describe('the details in the Chinese edition', () => {
	withoutMotion();

	it('punctuate the Chinese way: a full-width comma before the date, the source’s title in 《》', () => {
		const zh = buildStory(loadDataset(), copyFor('zh'));
		const mark = zh.chart.scenes.ic.marks.find((candidate) => candidate.id === 'ic_cn_2021')!;
		const source = zh.chart.sources[mark.sourceId]!;
		render(IcScene, {
			data: zh.chart.scenes.ic,
			chartState: stateOf('ic-check') as SceneProps<'ic'>['chartState'],
			scene: zh.chart.titles.ic,
			words: zh.chart.words,
			sources: zh.chart.sources,
			highlight: mark.id
		});
		const shown = panel();
		expect(shown.querySelector('.what')).toHaveTextContent(
			`${zh.chart.words.series[mark.series]}，${mark.when}`
		);
		expect(shown.querySelector('.source')).toHaveTextContent(
			`来源：${source.publisher}，《${source.title}》`
		);
	});
});
