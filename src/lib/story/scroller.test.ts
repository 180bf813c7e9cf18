/**
 * When scrolling stops, the story measures which step is on the trigger line, once, to correct a stale
 * step the observers may have reported under load. A chapter jump knows at the click whether its
 * scroll will move the page (and so end with a scroll end).
 */
import { describe, expect, it } from 'vitest';
import { centringDistance, stepOnLine } from './scroller';

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
