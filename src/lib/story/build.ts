import type { Dataset, Source, Status } from '$lib/data/schema';
import { formatFigure, formatPeriod } from '$lib/i18n/format';
import { plainText, resolveText, type Segment } from '$lib/i18n/tokens';
import type { Copy } from '$lib/i18n/types';
import { STEP_DEFS, type ChapterId, type ChartState, type StepId } from './steps';

/** A figure or milestone as the chart shows it: its words already formatted, with its provenance. */
export interface FigureView {
	id: string;
	label: string;
	period: string;
	status: Status;
	sourceId: string;
}

/** One step, ready to render: numbered from 1, its text resolved, its chart state attached. */
export interface StepView {
	number: number;
	id: StepId;
	chapter: ChapterId;
	/** Set on the first step of each chapter. */
	chapterTitle?: string;
	paragraphs: Segment[][];
	description: string;
	chart: ChartState;
}

/** A source as the page lists it: its date already in words. */
export type SourceView = Omit<Source, 'note'>;

/** All a story page needs, shaped at build time: no CSV parsing or formatting in the browser. */
export interface StoryData {
	lang: string;
	copy: Pick<Copy, 'meta' | 'headline' | 'dek' | 'ui'>;
	byline: string;
	steps: StepView[];
	figures: Record<string, FigureView>;
	sources: SourceView[];
	derived: Array<{ id: string; label: string; formula: string }>;
}

/** The article the story retells; its date goes into the byline. */
export const ARTICLE_SOURCE_ID = 'shine_2023_12_05';

export function buildStory(dataset: Dataset, copy: Copy): StoryData {
	const article = dataset.sources.find((source) => source.id === ARTICLE_SOURCE_ID);
	if (!article) throw new Error(`the source article "${ARTICLE_SOURCE_ID}" is missing from data/sources.csv`);

	const steps: StepView[] = STEP_DEFS.map((def, index) => {
		const own = copy.steps[def.id];
		const first = index === 0 || STEP_DEFS[index - 1]?.chapter !== def.chapter;
		return {
			number: index + 1,
			id: def.id,
			chapter: def.chapter,
			...(first ? { chapterTitle: copy.chapters[def.chapter] } : {}),
			paragraphs: own.text.map((paragraph) => resolveText(paragraph, dataset, copy)),
			description: plainText(resolveText(own.description, dataset, copy)),
			chart: def.chart
		};
	});

	const focused = new Set(STEP_DEFS.flatMap((def) => def.chart.focus));
	const figures: Record<string, FigureView> = {};
	for (const id of focused) {
		const figure = dataset.figures.find((candidate) => candidate.id === id);
		const milestone = dataset.milestones.find((candidate) => candidate.id === id);
		const found = figure ?? milestone;
		if (!found) throw new Error(`a chart state names "${id}", which is no figure or milestone`);
		figures[id] = {
			id,
			label: figure ? formatFigure(figure, copy) : `${formatPeriod(found.period, copy)}: ${milestone?.event}`,
			period: formatPeriod(found.period, copy),
			status: found.status,
			sourceId: found.sourceId
		};
	}

	return {
		lang: copy.lang,
		copy: { meta: copy.meta, headline: copy.headline, dek: copy.dek, ui: copy.ui },
		byline: copy.byline.replace('{date}', formatPeriod(article.date, copy)),
		steps,
		figures,
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
