/**
 * When scrolling stops, the story measures which step is on the trigger line, once, to correct a stale
 * step the observers may have reported under load.
 */
import { describe, expect, it } from 'vitest';
import { stepOnLine } from './scroller';

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
