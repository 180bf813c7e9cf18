import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import { SCENES } from '$lib/story/steps';
import { chartEmbedData } from './chart-embed';

const story = buildStory(loadDataset(), copyFor('en'));

describe('chartEmbedData', () => {
	it.each(SCENES)('cuts out %s: its steps, its last state by default, and only its sources', (scene) => {
		const data = chartEmbedData(story, scene);
		const own = story.steps.filter((step) => step.chart.scene === scene).map((step) => step.number);
		expect(data.steps.map((step) => step.number)).toEqual(own);
		expect(data.defaultStep).toBe(own.at(-1));
		expect(data.data).toBe(story.chart.scenes[scene]);
		const used = new Set([...data.data.marks, ...data.data.breaks].map((mark) => mark.sourceId));
		expect(new Set(Object.keys(data.sources))).toEqual(used);
		expect(data.sourceLine.map((source) => source.id).sort()).toEqual([...used].sort());
		for (const source of data.sourceLine) expect(source.url).toMatch(/^https?:\/\//);
	});
});
