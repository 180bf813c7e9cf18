/**
 * Story owns the active step: the scroller writes it, `?step=N` sets it on load, and both the step
 * (`aria-current`, set on the static steps it adopts) and the chart (`data-step`) follow. The scroller is replaced by a recorder here;
 * real scrolling is tested in Chromium (tests/browser/story.spec.ts).
 */
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from './build';
import Story from '$lib/testing/StoryFixture.svelte';
import type { WatchStepsOptions } from './scroller';

const watched: { options?: WatchStepsOptions; teardown: ReturnType<typeof vi.fn> } = { teardown: vi.fn() };
vi.mock('./scroller', async (importOriginal) => ({
	...(await importOriginal<typeof import('./scroller')>()),
	watchSteps: (options: WatchStepsOptions) => {
		watched.options = options;
		return watched.teardown;
	}
}));

const data = buildStory(loadDataset(), copyFor('en'));
const current = () => document.querySelectorAll('[aria-current="step"]');
const chart = () => document.querySelector('[data-step]');

afterEach(() => {
	window.history.replaceState({}, '', '/');
	watched.options = undefined;
});

describe('Story', () => {
	it('starts at step 1 and hands the scroller every step, in order', () => {
		render(Story, { data });
		expect([...current()].map((element) => element.id)).toEqual(['step-1']);
		expect(chart()).toHaveAttribute('data-step', '1');
		expect(watched.options?.steps.map((element) => element.id)).toEqual(
			data.steps.map((step) => `step-${step.number}`)
		);
	});

	it('moves aria-current and the chart to the step the scroller reports', () => {
		render(Story, { data });
		flushSync(() => watched.options?.onStep(4, 'down'));
		expect([...current()].map((element) => element.id)).toEqual(['step-5']);
		expect(chart()).toHaveAttribute('data-step', '5');
		expect(chart()).toHaveAttribute('data-scene', data.steps[4]?.chart.scene);
		flushSync(() => watched.options?.onStep(3, 'up'));
		expect([...current()].map((element) => element.id)).toEqual(['step-4']);
	});

	it('in a fling, draws the step the fling ends on, not the steps passed on the way', async () => {
		render(Story, { data });
		const drawn: string[] = [];
		const record = new MutationObserver(() => drawn.push(chart()!.getAttribute('data-step')!));
		record.observe(chart()!, { attributes: true, attributeFilter: ['data-step'] });
		for (const index of [1, 2, 3, 4]) flushSync(() => watched.options?.onStep(index, 'down'));
		expect(current()[0]?.id).toBe('step-5');
		await vi.waitFor(() => expect(chart()).toHaveAttribute('data-step', '5'));
		await Promise.resolve();
		expect(drawn).toEqual(['2', '5']);
		record.disconnect();
	});

	it('draws the step on the line at once when the scroll stops', () => {
		render(Story, { data });
		flushSync(() => watched.options?.onStep(1, 'down'));
		flushSync(() => watched.options?.onStep(2, 'down'));
		expect(chart()).toHaveAttribute('data-step', '2');
		flushSync(() => watched.options?.onSettle?.(6));
		expect(current()[0]?.id).toBe('step-7');
		expect(chart()).toHaveAttribute('data-step', '7');
	});

	it('opens at ?step=N and scrolls that step into view', () => {
		window.history.replaceState({}, '', '/?step=9');
		render(Story, { data });
		expect(current()[0]?.id).toBe('step-9');
		expect(document.getElementById('step-9')?.scrollIntoView).toHaveBeenCalled();
	});

	it.each(['0', '-1', '999', 'abc', '%3Cb%3E'])('ignores ?step=%s and stays at step 1', (value) => {
		window.history.replaceState({}, '', `/?step=${value}`);
		render(Story, { data });
		expect(current()[0]?.id).toBe('step-1');
	});

	it('tears the scroller down when it unmounts', () => {
		const { unmount } = render(Story, { data });
		expect(watched.teardown).not.toHaveBeenCalled();
		unmount();
		expect(watched.teardown).toHaveBeenCalledTimes(1);
	});

	/** Text inside the chart that assistive technology can reach: only the words of its controls. */
	const exposedText = (root: Element) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		const found: Array<{ text: string; inControl: boolean }> = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!node.textContent?.trim() || parent?.closest('[aria-hidden="true"]')) continue;
			found.push({ text: node.textContent.trim(), inControl: Boolean(parent?.closest('fieldset')) });
		}
		return found;
	};

	it('hides the sticky chart from assistive technology, but for its controls', () => {
		render(Story, { data });
		for (const index of [0, 3, 12, 18]) {
			flushSync(() => watched.options?.onSettle?.(index));
			const text = exposedText(chart()!);
			expect(text.filter((item) => !item.inControl)).toEqual([]);
		}
		// The currency switch of the value chart is a real, named control.
		flushSync(() => watched.options?.onSettle?.(3));
		expect(screen.getByRole('radio', { name: /US dollars/ })).toBeInTheDocument();
	});

	it('gives each step its chart description, in reading order', () => {
		render(Story, { data });
		const description = screen.getAllByText((_, element) =>
			Boolean(
				element?.classList.contains('visually-hidden') &&
				element.textContent?.includes(data.steps[0]!.description)
			)
		);
		expect(description[0]?.closest('#step-1')).not.toBeNull();
	});
});
