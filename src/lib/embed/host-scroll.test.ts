import { describe, expect, it } from 'vitest';
import { chartShift, resizes, stepAt } from './host-scroll';
import { viewportChannel } from './viewport-channel';

describe('stepAt', () => {
	const tops = [400, 1200, 2000, 2800];
	it('is the last step whose top has passed the line, and the first before any has', () => {
		expect(stepAt(tops, 0)).toBe(0);
		expect(stepAt(tops, 400)).toBe(0);
		expect(stepAt(tops, 1199)).toBe(0);
		expect(stepAt(tops, 1200)).toBe(1);
		expect(stepAt(tops, 99_999)).toBe(3);
	});
});

describe('chartShift', () => {
	const layout = { scrollyTop: 300, scrollyHeight: 5000, graphicHeight: 800 };
	it('keeps the chart at the top of its block until the host scrolls past that', () => {
		expect(chartShift(-500, layout)).toBe(0);
		expect(chartShift(300, layout)).toBe(0);
	});
	it('moves it with the host’s viewport, and stops it at the bottom of its block', () => {
		expect(chartShift(1300, layout)).toBe(1000);
		expect(chartShift(4500, layout)).toBe(4200);
		expect(chartShift(9000, layout)).toBe(4200);
	});
});

describe('viewportChannel', () => {
	it('delivers to each listener until it unsubscribes', () => {
		const channel = viewportChannel();
		const heard: number[] = [];
		const stop = channel.subscribe((viewport) => heard.push(viewport.top));
		channel.emit({ width: 390, height: 844, top: -10, bottom: 900 });
		stop();
		channel.emit({ width: 390, height: 844, top: -20, bottom: 900 });
		expect(heard).toEqual([-10]);
	});

	it('hands a listener that comes late the last viewport heard, so a story drawn late starts in place', () => {
		const channel = viewportChannel();
		const early: number[] = [];
		channel.subscribe((viewport) => early.push(viewport.top));
		channel.emit({ width: 390, height: 844, top: -10, bottom: 900 });
		channel.emit({ width: 390, height: 844, top: -30, bottom: 900 });
		const late: number[] = [];
		channel.subscribe((viewport) => late.push(viewport.top));
		expect(late).toEqual([-30]);
		channel.emit({ width: 390, height: 844, top: -40, bottom: 900 });
		expect(early).toEqual([-10, -30, -40]);
		expect(late).toEqual([-30, -40]);
	});
});

describe('resizes', () => {
	it('resizes the story for a first height or a new screen, not for an address bar', () => {
		expect(resizes(0, 844)).toBe(true);
		expect(resizes(844, 788)).toBe(false);
		expect(resizes(844, 390)).toBe(true);
	});
});
