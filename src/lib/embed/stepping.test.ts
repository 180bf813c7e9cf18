import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_PX, stepKey, swipeStep } from './stepping';

describe('stepKey', () => {
	it('steps with the arrows, jumps with Home and End, and stays inside the story', () => {
		expect(stepKey('ArrowRight', 3, 27)).toBe(4);
		expect(stepKey('ArrowLeft', 3, 27)).toBe(2);
		expect(stepKey('ArrowLeft', 1, 27)).toBe(1);
		expect(stepKey('ArrowRight', 27, 27)).toBe(27);
		expect(stepKey('Home', 9, 27)).toBe(1);
		expect(stepKey('End', 9, 27)).toBe(27);
	});

	it('leaves other keys alone (the host page scrolls with up and down)', () => {
		for (const key of ['ArrowDown', 'ArrowUp', ' ', 'Enter', 'a'])
			expect(stepKey(key, 3, 27)).toBeUndefined();
	});
});

describe('swipeStep', () => {
	it('goes on with a leftward swipe and back with a rightward one', () => {
		expect(swipeStep(-SWIPE_MIN_PX, 0, 3, 27)).toBe(4);
		expect(swipeStep(SWIPE_MIN_PX, 5, 3, 27)).toBe(2);
	});

	it('ignores short or mostly vertical moves, and swipes past either end', () => {
		expect(swipeStep(-(SWIPE_MIN_PX - 1), 0, 3, 27)).toBeUndefined();
		expect(swipeStep(-60, -50, 3, 27)).toBeUndefined();
		expect(swipeStep(80, 0, 1, 27)).toBeUndefined();
		expect(swipeStep(-80, 0, 27, 27)).toBeUndefined();
	});
});
