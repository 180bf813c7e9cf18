import { describe, expect, it } from 'vitest';
import { SCENES } from '$lib/story/steps';
import { ISLAND_SCRIPTS, islandEntryOf, islandManifest, islandName } from './paths';

describe('island scripts', () => {
	it('gives each chart embed the script built for its scene, and a page of no scene none', () => {
		const route = '/[[lang=lang]]/embed/[chart]';
		expect(islandEntryOf(route, { chart: 'ic' })).toBe('src/lib/islands/entries/chart.ts?scene=ic');
		expect(islandName(islandEntryOf(route, { chart: 'united-imaging' })!)).toBe('chart-united-imaging');
		expect(islandEntryOf(route, { chart: 'nope' })).toBeUndefined();
		expect(islandEntryOf(route)).toBeUndefined();
	});

	it('gives the other pages their kind’s script, and a route with no islands none', () => {
		expect(islandEntryOf('/[[lang=lang]]/embed', { lang: 'zh' })).toBe('src/lib/islands/entries/stepper.ts');
		expect(islandName(islandEntryOf('/[[lang=lang]]')!)).toBe('story');
		expect(islandEntryOf('/data/[scene].csv')).toBeUndefined();
		expect(islandEntryOf(null)).toBeUndefined();
	});

	it('builds every script a page can ask for, each with a manifest of its own', () => {
		const pages = [
			...[
				'/[[lang=lang]]',
				'/[[lang=lang]]/embed',
				'/[[lang=lang]]/embed/scroll',
				'/[[lang=lang]]/present'
			].map((route) => islandEntryOf(route)),
			...SCENES.map((chart) => islandEntryOf('/[[lang=lang]]/embed/[chart]', { chart }))
		];
		expect([...ISLAND_SCRIPTS].sort()).toEqual([...pages].sort());
		expect(new Set(ISLAND_SCRIPTS.map(islandManifest)).size).toBe(ISLAND_SCRIPTS.length);
	});
});
