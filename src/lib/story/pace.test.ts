import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paceSteps } from './pace';

describe('paceSteps', () => {
	let shown: number[];
	let pacer: ReturnType<typeof paceSteps>;

	beforeEach(() => {
		vi.useFakeTimers();
		shown = [];
		pacer = paceSteps({ show: (step) => shown.push(step), dwellMs: 300, now: () => Date.now() });
	});
	afterEach(() => vi.useRealTimers());

	it('draws a step at once when the reader arrives after a pause', () => {
		pacer.request(2);
		expect(shown).toEqual([2]);
		vi.advanceTimersByTime(1000);
		pacer.request(3);
		expect(shown).toEqual([2, 3]);
	});

	it('draws only the last step of a fling, once the steps stop changing', () => {
		pacer.request(2);
		for (const step of [3, 4, 5, 6]) {
			vi.advanceTimersByTime(100);
			pacer.request(step);
		}
		expect(shown).toEqual([2]);
		vi.advanceTimersByTime(299);
		expect(shown).toEqual([2]);
		vi.advanceTimersByTime(1);
		expect(shown).toEqual([2, 6]);
	});

	it('draws at once when the scroll stops, and drops the pending step', () => {
		pacer.request(2);
		vi.advanceTimersByTime(50);
		pacer.request(3);
		pacer.settle(4);
		vi.advanceTimersByTime(1000);
		expect(shown).toEqual([2, 4]);
	});

	it('draws nothing more after it stops', () => {
		pacer.request(2);
		vi.advanceTimersByTime(50);
		pacer.request(3);
		pacer.stop();
		vi.advanceTimersByTime(1000);
		expect(shown).toEqual([2]);
	});
});
