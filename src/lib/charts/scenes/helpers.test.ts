import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import { byCodeUnits, marksOf } from './helpers';
import { lanesOf } from './lanes';

const scenes = buildStory(loadDataset(), copyFor('en')).chart.scenes;

describe('byCodeUnits', () => {
	it('gives the timelines the lanes localeCompare gave them', () => {
		for (const scene of ['xiaodu', 'united-imaging'] as const) {
			const events = scenes[scene].marks;
			const before = [...events].sort((a, b) => a.t - b.t || a.id.localeCompare(b.id)).map((mark) => mark.id);
			expect(events.length).toBeGreaterThan(3);
			expect([...lanesOf(events).keys()]).toEqual(before);
		}
	});

	it('orders the chip industry’s sizes as localeCompare did', () => {
		const sizes = [...marksOf(scenes.ic, 'ic_shanghai'), ...marksOf(scenes.ic, 'ic_china_sales')];
		const order = (compare: (a: string, b: string) => number) =>
			[...sizes].sort((a, b) => a.t - b.t || compare(b.entity, a.entity)).map((mark) => mark.id);
		expect(sizes.length).toBeGreaterThan(3);
		expect(order(byCodeUnits)).toEqual(order((a, b) => a.localeCompare(b)));
	});

	it('is not localeCompare: capitals come before small letters', () => {
		expect(byCodeUnits('B', 'a')).toBe(-1);
		expect('B'.localeCompare('a')).toBe(1);
	});
});
