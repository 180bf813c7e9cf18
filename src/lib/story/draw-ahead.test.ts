import { describe, expect, it } from 'vitest';
import { drawAhead, type WhenIdle } from './draw-ahead';

/** An idle scheduler the test runs by hand: each `moment()` is one idle period. */
function idleMoments() {
	let queued: Array<() => void> = [];
	const idle: WhenIdle = (callback) => {
		queued.push(callback);
		return () => (queued = queued.filter((other) => other !== callback));
	};
	const moment = () => {
		const now = queued;
		queued = [];
		for (const callback of now) callback();
	};
	return { idle, moment, pending: () => queued.length };
}

const cards = (count: number) => Array.from({ length: count }, () => ({ style: {} }) as HTMLElement);
const drawn = (all: HTMLElement[]) => all.map((card) => card.style.contentVisibility === 'visible');

describe('drawAhead', () => {
	it('draws nothing at once, then one card per idle moment, in reading order, and stops after the last', () => {
		const all = cards(3);
		const { idle, moment, pending } = idleMoments();
		drawAhead(all, idle);
		expect(drawn(all)).toEqual([false, false, false]);
		moment();
		expect(drawn(all)).toEqual([true, false, false]);
		moment();
		expect(drawn(all)).toEqual([true, true, false]);
		moment();
		expect(drawn(all)).toEqual([true, true, true]);
		moment();
		expect(pending()).toBe(0);
	});

	it('stops when asked, leaving the cards not yet drawn to the browser', () => {
		const all = cards(3);
		const { idle, moment, pending } = idleMoments();
		const stop = drawAhead(all, idle);
		moment();
		stop();
		expect(pending()).toBe(0);
		moment();
		expect(drawn(all)).toEqual([true, false, false]);
	});
});
