import type { ChartWords, SourceRef } from '$lib/charts/inspect.svelte';
import { buildScenes, type SceneData } from '$lib/charts/scene-data';
import type { Dataset, Source } from '$lib/data/schema';
import { formatFigure, formatPeriod } from '$lib/i18n/format';
import { plainText, resolveText, type Segment } from '$lib/i18n/tokens';
import type { Copy } from '$lib/i18n/types';
import { STEP_DEFS, type ChapterId, type ChartState, type SceneId, type StepId } from './steps';

/** One step, ready to render: numbered from 1, its text resolved, its chart state attached. */
export interface StepView {
	number: number;
	id: StepId;
	chapter: ChapterId;
	/** Set on the first step of each chapter. */
	chapterTitle?: string;
	paragraphs: Segment[][];
	/** The one sentence present mode shows in large type. */
	key: Segment[];
	description: string;
	chart: ChartState;
	/** Set on the first step that shows a scene: that step carries the scene's data table. */
	table?: SceneId;
}

/** A step as the story knows it in the browser: its place and its chart, not its words (the page has them). */
export type StepPlace = Pick<StepView, 'number' | 'id' | 'chapter' | 'chapterTitle' | 'chart'>;

/** What the story's island needs in the browser: every step's chart, and the navigation bar's words. */
export interface StoryIslandData {
	steps: StepPlace[];
	chart: StoryData['chart'];
	nav: StoryData['copy']['nav'];
}

/** Cuts the story island's data out of the story's. */
export function storyIsland(story: StoryData): StoryIslandData {
	return {
		steps: story.steps.map(({ number, id, chapter, chapterTitle, chart }) => ({
			number,
			id,
			chapter,
			...(chapterTitle ? { chapterTitle } : {}),
			chart
		})),
		chart: story.chart,
		nav: story.copy.nav
	};
}

/** A source as the page lists it: its date already in words. */
export type SourceView = Omit<Source, 'note'>;

/** All a story page needs, shaped at build time: no CSV parsing or formatting in the browser. */
export interface StoryData {
	lang: string;
	copy: Pick<
		Copy,
		'meta' | 'headline' | 'dek' | 'ui' | 'nav' | 'chapters' | 'embed' | 'present' | 'questions'
	>;
	byline: string;
	steps: StepView[];
	/** Everything the charts draw, and the words they draw it with. */
	chart: {
		scenes: Record<SceneId, SceneData>;
		titles: Copy['scenes'];
		words: ChartWords;
		sources: Record<string, SourceRef>;
	};
	sources: SourceView[];
	derived: Array<{ id: string; label: string; formula: string }>;
}

/** The article the story retells; its date goes into the byline. */
export const ARTICLE_SOURCE_ID = 'shine_2023_12_05';

export function buildStory(dataset: Dataset, copy: Copy): StoryData {
	const article = dataset.sources.find((source) => source.id === ARTICLE_SOURCE_ID);
	if (!article) throw new Error(`the source article "${ARTICLE_SOURCE_ID}" is missing from data/sources.csv`);

	const scenes = buildScenes(dataset, copy);
	for (const def of STEP_DEFS) {
		for (const id of def.chart.focus) {
			if (!scenes[def.chart.scene].marks.some((mark) => mark.id === id)) {
				throw new Error(
					`the step "${def.id}" picks out "${id}", which the scene "${def.chart.scene}" does not draw`
				);
			}
		}
	}

	const steps: StepView[] = STEP_DEFS.map((def, index) => {
		const own = copy.steps[def.id];
		const first = index === 0 || STEP_DEFS[index - 1]?.chapter !== def.chapter;
		return {
			number: index + 1,
			id: def.id,
			chapter: def.chapter,
			...(first ? { chapterTitle: copy.chapters[def.chapter] } : {}),
			paragraphs: own.text.map((paragraph) => resolveText(paragraph, dataset, copy)),
			key: resolveText(own.key ?? own.text[0] ?? '', dataset, copy),
			description: plainText(resolveText(own.description, dataset, copy)),
			chart: def.chart,
			...(STEP_DEFS.findIndex((other) => other.chart.scene === def.chart.scene) === index
				? { table: def.chart.scene }
				: {})
		};
	});

	return {
		lang: copy.lang,
		copy: {
			meta: copy.meta,
			headline: copy.headline,
			dek: copy.dek,
			ui: copy.ui,
			nav: copy.nav,
			chapters: copy.chapters,
			embed: copy.embed,
			present: copy.present,
			questions: copy.questions
		},
		byline: copy.byline.replace('{date}', formatPeriod(article.date, copy)),
		steps,
		chart: {
			scenes,
			titles: copy.scenes,
			words: {
				locale: copy.locale,
				grouping: copy.grouping,
				chart: copy.chart,
				series: copy.series,
				status: copy.ui.status
			},
			sources: Object.fromEntries(
				dataset.sources.map((source) => [source.id, { title: source.title, publisher: source.publisher }])
			)
		},
		sources: dataset.sources.map((source) => ({
			id: source.id,
			title: source.title,
			publisher: source.publisher,
			date: source.date === 'n.d.' ? copy.ui.noDate : formatPeriod(source.date, copy),
			url: source.url,
			authority: source.authority
		})),
		derived: dataset.figures
			.filter((figure) => figure.formula !== undefined)
			.map((figure) => ({ id: figure.id, label: formatFigure(figure, copy), formula: figure.formula ?? '' }))
	};
}
