// @vitest-environment jsdom
/**
 * When scrolling stops, the story measures which step is on the trigger line, once, to correct a stale
 * step the observers may have reported under load; a step reported after that, before the next
 * scroll, is measured too. A chapter jump knows at the click whether its scroll will move the page
 * (and so end with a scroll end).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { centringDistance, stepOnLine, watchSteps } from './scroller';

/** scrollama, replaced: the test reports a step as its observers would. */
const observers = vi.hoisted(() => ({
	report: undefined as ((response: { index: number; direction: 'up' | 'down' }) => void) | undefined
}));
vi.mock('scrollama', () => ({
	default: () => {
		const instance = {
			setup: () => instance,
			onStepEnter: (callback: typeof observers.report) => {
				observers.report = callback;
				return instance;
			},
			destroy: () => {}
		};
		return instance;
	}
}));

/** Steps stacked from `top`, each `height` pixels tall, as the layout would report them. */
const stack = (top: number, heights: number[]) => {
	let y = top;
	return heights.map((height) => {
		const box = { top: y, bottom: y + height };
		y += height;
		return { getBoundingClientRect: () => box } as unknown as HTMLElement;
	});
};

describe('stepOnLine', () => {
	it('finds the step the line runs through', () => {
		expect(stepOnLine(stack(-900, [600, 600, 600]), 420)).toBe(2);
		expect(stepOnLine(stack(-100, [600, 600, 600]), 420)).toBe(0);
		expect(stepOnLine(stack(-200, [600, 600, 600]), 420)).toBe(1);
	});

	it('takes a step whose top sits exactly on the line', () => {
		expect(stepOnLine(stack(-180, [600, 600]), 420)).toBe(1);
	});

	it('finds none while the first step is still below the line', () => {
		expect(stepOnLine(stack(500, [600, 600]), 420)).toBeUndefined();
	});
});

describe('centringDistance', () => {
	const page = { scrollY: 1000, viewportHeight: 800, pageHeight: 10_000 };

	it('moves the page by how far the middle of the box sits from the middle of the viewport', () => {
		expect(centringDistance({ top: 2000, height: 600 }, page)).toBe(1900);
		expect(centringDistance({ top: -700, height: 200 }, page)).toBe(-1000);
	});

	it('does not move a page whose box is already in the middle', () => {
		expect(centringDistance({ top: 100, height: 600 }, page)).toBe(0);
	});

	it('stops at the top and at the bottom of the page', () => {
		expect(centringDistance({ top: -1000, height: 100 }, page)).toBe(-1000);
		expect(centringDistance({ top: -950, height: 100 }, { ...page, scrollY: 0 })).toBe(0);
		expect(centringDistance({ top: 9000, height: 600 }, page)).toBe(8200);
		expect(centringDistance({ top: 500, height: 600 }, { ...page, scrollY: 9200 })).toBe(0);
	});
});

describe('watchSteps', () => {
	// Three steps; the trigger line (the middle of jsdom's 768 px viewport) runs through the third.
	const steps = () => stack(-900, [600, 600, 600]);
	const scroll = (type: 'scroll' | 'scrollend') => window.dispatchEvent(new Event(type));
	let stop: () => void = () => {};
	afterEach(() => {
		stop();
		vi.useRealTimers();
	});

	describe('where the browser fires scrollend', () => {
		beforeEach(() => {
			Object.defineProperty(window, 'onscrollend', { value: null, configurable: true, writable: true });
		});
		afterEach(() => {
			delete (window as { onscrollend?: unknown }).onscrollend;
		});

		it('passes on each step a scroll crosses, and measures the step on the line when it ends', () => {
			const onStep = vi.fn();
			const onSettle = vi.fn();
			stop = watchSteps({ steps: steps(), onStep, onSettle });
			scroll('scroll');
			observers.report!({ index: 1, direction: 'down' });
			expect(onStep).toHaveBeenCalledWith(1, 'down');
			expect(onSettle).not.toHaveBeenCalled();
			scroll('scrollend');
			expect(onSettle).toHaveBeenCalledWith(2);
		});

		it('measures, rather than believes, a step reported after the scroll has ended', () => {
			const onStep = vi.fn();
			const onSettle = vi.fn();
			stop = watchSteps({ steps: steps(), onStep, onSettle });
			scroll('scroll');
			scroll('scrollend');
			observers.report!({ index: 1, direction: 'down' });
			expect(onStep).not.toHaveBeenCalled();
			expect(onSettle.mock.calls).toEqual([[2], [2]]);
			// The next scroll's steps count again.
			scroll('scroll');
			observers.report!({ index: 1, direction: 'up' });
			expect(onStep).toHaveBeenCalledWith(1, 'up');
		});
	});

	it('without scrollend, takes a pause of 150 ms in scroll events for the end', () => {
		vi.useFakeTimers();
		expect('onscrollend' in window).toBe(false);
		const onStep = vi.fn();
		const onSettle = vi.fn();
		stop = watchSteps({ steps: steps(), onStep, onSettle });
		scroll('scroll');
		vi.advanceTimersByTime(100);
		scroll('scroll');
		vi.advanceTimersByTime(100);
		expect(onSettle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(50);
		expect(onSettle).toHaveBeenCalledWith(2);
		observers.report!({ index: 0, direction: 'up' });
		expect(onStep).not.toHaveBeenCalled();
		expect(onSettle).toHaveBeenCalledTimes(2);
	});
});
