/**
 * If one chart throws, the story goes on: StoryChart catches the scene's error, says in a sentence that
 * the chart could not be drawn and that its data is in the table, and a later step with sound data
 * draws its chart again.
 */
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import StoryChart from './StoryChart.svelte';
import { stateOf, story, withoutMotion } from './scenes/scene-test-kit';

withoutMotion();

describe('a chart that throws', () => {
	it('shows a notice pointing to its table instead, and the next scene draws as usual', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		// Data a scene cannot draw: its marks are not a list.
		const broken = {
			...story.chart,
			scenes: { ...story.chart.scenes, ic: { ...story.chart.scenes.ic, marks: null } }
		} as unknown as typeof story.chart;
		const chart = render(StoryChart, { stepNumber: 14, state: stateOf('ic-claim'), charts: broken });
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
