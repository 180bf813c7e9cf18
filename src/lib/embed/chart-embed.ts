import type { ChartWords, SourceRef } from '$lib/charts/inspect.svelte';
import type { SceneData } from '$lib/charts/scene-data';
import type { StoryData } from '$lib/story/build';
import type { ChartState, SceneId } from '$lib/story/steps';

/** One step of a chart embed: the state it draws, and its words for screen readers. */
export interface ChartEmbedStep {
	number: number;
	chart: ChartState;
	description: string;
}

/** All a single-chart embed needs, and no more: its scene's marks and sources, not the whole story's. */
export interface ChartEmbedData {
	lang: string;
	scene: SceneId;
	title: string;
	/** The scene's title and the unit of its value axis, as the chart draws them. */
	heading: { title: string; axis: string; scale?: number };
	storyTitle: string;
	/** The story's steps that show this chart, in order. */
	steps: ChartEmbedStep[];
	/** The step drawn unless `?step=N` names another of `steps`: the chart's last and fullest state. */
	defaultStep: number;
	data: SceneData;
	words: ChartWords;
	/** The sources of the scene's marks, by id. */
	sources: Record<string, SourceRef>;
	/** The same sources, listed under the chart. */
	sourceLine: Array<{ id: string; publisher: string; title: string; url: string }>;
	copy: Pick<StoryData['copy'], 'embed'> & { chartDescription: string; language: string };
}

/** Cuts a chart embed's data out of the story's. */
export function chartEmbedData(story: StoryData, scene: SceneId): ChartEmbedData {
	const steps = story.steps
		.filter((step) => step.chart.scene === scene)
		.map(({ number, chart, description }) => ({ number, chart, description }));
	const last = steps.at(-1);
	if (!last) throw new Error(`no step of the story shows the chart "${scene}"`);
	const data = story.chart.scenes[scene];
	const used = new Set([...data.marks, ...data.breaks].map((mark) => mark.sourceId));
	const listed = story.sources.filter((source) => used.has(source.id));
	return {
		lang: story.lang,
		scene,
		title: story.chart.titles[scene].title,
		heading: story.chart.titles[scene],
		storyTitle: story.copy.meta.title,
		steps,
		defaultStep: last.number,
		data,
		words: story.chart.words,
		sources: Object.fromEntries(listed.map((source) => [source.id, story.chart.sources[source.id]!])),
		sourceLine: listed.map(({ id, publisher, title, url }) => ({ id, publisher, title, url })),
		copy: {
			embed: story.copy.embed,
			chartDescription: story.copy.ui.chartDescription,
			language: story.copy.nav.language
		}
	};
}
