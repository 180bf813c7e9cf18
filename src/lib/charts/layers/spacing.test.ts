import { describe, expect, it } from 'vitest';
import { keepApart, minTextWidth, nudgeInside, textWidth, tiersApart } from './spacing';

describe('textWidth', () => {
	it('counts a Chinese character as a full em and a digit as less', () => {
		expect(textWidth('研发', 10)).toBe(20);
		expect(textWidth('2016', 10)).toBeGreaterThan(20);
		expect(textWidth('2016', 10)).toBeLessThan(textWidth('研发投入', 10));
	});

	it('errs wide of what a browser measures for digits at 13 px (about 7.2 px each)', () => {
		expect(textWidth('2016', 13)).toBeGreaterThanOrEqual(4 * 7.2);
	});
});

describe('minTextWidth', () => {
	it('is the longest word of Latin text, which wraps at spaces', () => {
		expect(minTextWidth('as claimed', 10)).toBe(textWidth('claimed', 10));
	});

	it('lets a month date wrap after its stop', () => {
		expect(minTextWidth('2022.07', 10)).toBe(textWidth('2022.', 10));
	});

	it('is one character of Chinese text, which may wrap anywhere', () => {
		expect(minTextWidth('研发投入门槛', 10)).toBe(10);
	});
});

describe('keepApart', () => {
	it('keeps every label when all have room', () => {
		expect(
			keepApart(
				[
					{ at: 0, width: 20 },
					{ at: 40, width: 20 }
				],
				4
			)
		).toEqual([true, true]);
	});

	it('drops each label that would touch the one kept before it', () => {
		const years = [0, 20, 40, 60, 80].map((at) => ({ at, width: 30 }));
		expect(keepApart(years, 4)).toEqual([true, false, true, false, true]);
	});

	it('keeps the label the step is about, and drops its neighbours instead', () => {
		const labels = [
			{ at: 0, width: 30 },
			{ at: 20, width: 30, first: true },
			{ at: 40, width: 30 }
		];
		expect(keepApart(labels, 4)).toEqual([false, true, false]);
	});
});

describe('tiersApart', () => {
	it('lifts a second label the step is about a line up rather than leave it out', () => {
		const labels = [
			{ at: 0, width: 30, first: true },
			{ at: 20, width: 30, first: true },
			{ at: 40, width: 30 }
		];
		expect(tiersApart(labels, 4, 2)).toEqual([0, 1, 0]);
	});

	it('never lifts a label the step is not about', () => {
		expect(
			tiersApart(
				[
					{ at: 0, width: 30, first: true },
					{ at: 20, width: 30 }
				],
				4,
				2
			)
		).toEqual([0, -1]);
	});
});

describe('nudgeInside', () => {
	it('leaves a label that fits where it is', () => {
		expect(nudgeInside(50, 20, 100)).toBe(0);
	});

	it('moves a label off the left and the right edge', () => {
		expect(nudgeInside(5, 20, 100)).toBe(5);
		expect(nudgeInside(95, 20, 100)).toBe(-5);
	});

	it('centres a label wider than the span', () => {
		expect(nudgeInside(10, 200, 100)).toBe(40);
	});
});
