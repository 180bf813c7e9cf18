/**
 * Shared by the scene tests (`*.svelte.test.ts` beside this file): the story's real data, a way to
 * draw one scene in one step's state, and what a reader sees of each mark. Not part of the page.
 */
import { cleanup, render } from '@testing-library/svelte';
import { flushSync, type Component } from 'svelte';
import { afterEach, beforeEach } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import { STEP_DEFS, type ChartState, type SceneId, type StepId } from '$lib/story/steps';
import { motion } from '../motion.svelte';
import type { Mark } from '../scene-data';
import type { SceneProps } from '../scene-props';
import { allScenes, SCENE_COMPONENTS } from './index';
import { scenesContext } from './registry.svelte';

export const story = buildStory(loadDataset(), copyFor('en'));
export const { words, sources } = story.chart;

/** The chart state of the step with this id. */
export function stateOf(id: StepId): ChartState {
	const def = STEP_DEFS.find((candidate) => candidate.id === id);
	if (!def) throw new Error(`no step "${id}"`);
	return def.chart;
}

/** The data behind one mark of a scene, as the build made it. */
export function figure(scene: SceneId, id: string): Mark {
	const mark = story.chart.scenes[scene].marks.find((candidate) => candidate.id === id);
	if (!mark) throw new Error(`the scene "${scene}" has no mark "${id}"`);
	return mark;
}

/** The marks of a scene that belong to these series, in the build's (time) order. */
export const figuresOf = (scene: SceneId, ...series: string[]): Mark[] =>
	story.chart.scenes[scene].marks.filter((mark) => series.includes(mark.series));

/** Is the figure a lower bound ("more than", "at least")? */
export const isBound = (mark: Mark) => mark.qualifier === 'more_than' || mark.qualifier === 'at_least';

/**
 * Makes every change of state instant in the tests that follow (the page's motion switch, off).
 * Charts are unmounted before the switch goes back on: a mounted chart would start a tween on it.
 */
export function withoutMotion() {
	beforeEach(() => {
		motion.switchedOff = true;
	});
	afterEach(() => {
		cleanup();
		motion.switchedOff = false;
	});
}

/**
 * Draws a scene in one state, as the sticky chart would. `show` moves it to another state of the same
 * scene, `point` changes the mark named from outside (a figure in the step's text).
 */
export function drawScene(state: ChartState, highlight: string | null = null) {
	const Scene = SCENE_COMPONENTS[state.scene] as Component<SceneProps<SceneId>>;
	const result = render(Scene, {
		data: story.chart.scenes[state.scene],
		chartState: state,
		scene: story.chart.titles[state.scene],
		words,
		sources,
		highlight
	});
	return {
		...result,
		async show(next: ChartState) {
			await result.rerender({ chartState: next });
			flushSync();
		},
		async point(id: string | null) {
			await result.rerender({ highlight: id });
			flushSync();
		}
	};
}

/** The element that draws a mark: a bar, dot, event, card, group of squares or bracket. */
export function drawn(id: string): HTMLElement {
	const found = document.querySelectorAll<HTMLElement>(`[data-figure="${id}"]`);
	if (found.length !== 1) throw new Error(`${found.length} elements draw "${id}", not one`);
	return found[0] as HTMLElement;
}

/** The value a bar or dot stands for (where it is moving to). */
export const target = (id: string) => Number(drawn(id).dataset.target);

/** The label printed beside a bar or dot, or null. */
export const labelOf = (id: string) => drawn(id).querySelector('.label')?.textContent?.trim() ?? null;

/** A percentage from an inline style (`left: 12.5%`). */
export const percent = (element: Element, property: 'left' | 'width' | 'top' | 'height') =>
	parseFloat((element as HTMLElement).style[property]);

/** Whether a reader sees the element: neither it nor any parent is hidden or fully transparent. */
export function seen(element: Element): boolean {
	for (let node: Element | null = element; node; node = node.parentElement) {
		const style = getComputedStyle(node);
		if (style.visibility === 'hidden' || style.display === 'none') return false;
		if (style.opacity !== '' && Number(style.opacity) < 0.02) return false;
	}
	return true;
}

/** Ids of the marks matching the selector that a reader sees, in the order they are drawn. */
export const seenIds = (selector = '[data-figure]') =>
	[...document.querySelectorAll<HTMLElement>(selector)]
		.filter(seen)
		.map((element) => element.dataset.figure ?? '');

/** Ids of the marks matching the selector that are drawn but hidden. */
export const hiddenIds = (selector = '[data-figure]') =>
	[...document.querySelectorAll<HTMLElement>(selector)]
		.filter((element) => !seen(element))
		.map((element) => element.dataset.figure ?? '');

/** The x positions (percent of the plot) of the points of each line drawn. */
export const linePoints = () =>
	[...document.querySelectorAll('svg path')].map((path) =>
		[...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g)].map((match) => Number(match[1]))
	);

/** The texts of the legend, in order. */
export const legend = () =>
	[...document.querySelectorAll('.legend li')].map((item) => item.textContent?.trim() ?? '');

/** The context a chart is drawn in on the server: every scene at hand (`allScenes`), none fetched. */
export const allScenesContext = () => new Map([scenesContext(allScenes())]);
