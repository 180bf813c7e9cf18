/**
 * If one chart throws, the story goes on: StoryChart catches the scene's error, says in a sentence that
 * the chart could not be drawn and that its data is in the table, and a later step with sound data
 * draws its chart again.
 */
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import StoryChart from './StoryChart.svelte';
import { SCENE_COMPONENTS } from './scenes';
import { SceneRegistry, scenesContext } from './scenes/registry.svelte';
import { allScenesContext, stateOf, story, withoutMotion } from './scenes/scene-test-kit';

withoutMotion();

describe('a chart that throws', () => {
	it('shows a notice pointing to its table instead, and the next scene draws as usual', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		// Data a scene cannot draw: its marks are not a list.
		const broken = {
			...story.chart,
			scenes: { ...story.chart.scenes, ic: { ...story.chart.scenes.ic, marks: null } }
		} as unknown as typeof story.chart;
		const chart = render(StoryChart, {
			props: { stepNumber: 14, state: stateOf('ic-claim'), charts: broken },
			context: allScenesContext()
		});
		flushSync();
		const notice = screen.getByText(story.chart.words.chart.failed);
		expect(notice).toHaveAttribute('data-failed', 'ic');
		expect(story.chart.words.chart.failed).toMatch(/table/);

		await chart.rerender({ stepNumber: 17, state: stateOf('ic-star'), charts: broken });
		flushSync();
		expect(document.querySelector('[data-scene="star"] .frame')).not.toBeNull();
		error.mockRestore();
	});
});

describe('a scene whose code is on its way', () => {
	it('keeps the chart on the last state it drew, then draws the new one as soon as it arrives', async () => {
		let arrive: (module: { default: never }) => void = () => {};
		const scenes = new SceneRegistry(
			{ 'sei-value': () => new Promise((resolve) => (arrive = resolve)) },
			{ firms: SCENE_COMPONENTS.firms }
		);
		const chart = render(StoryChart, {
			props: { stepNumber: 3, state: stateOf('award-criteria'), charts: story.chart },
			context: new Map([scenesContext(scenes)])
		});
		const root = () => document.querySelector('.chart')!;
		expect(root()).toHaveAttribute('data-scene', 'firms');
		await chart.rerender({ stepNumber: 4, state: stateOf('sei-2022'), charts: story.chart });
		expect(root()).toHaveAttribute('data-step', '3');
		expect(root()).toHaveAttribute('data-scene', 'firms');
		expect(root().querySelector('[data-scene="firms"] .frame')).not.toBeNull();
		arrive({ default: SCENE_COMPONENTS['sei-value'] as never });
		await vi.waitFor(() => expect(root()).toHaveAttribute('data-step', '4'));
		expect(root()).toHaveAttribute('data-scene', 'sei-value');
		expect(root().querySelector('[data-scene="sei-value"] .frame')).not.toBeNull();
	});
});
