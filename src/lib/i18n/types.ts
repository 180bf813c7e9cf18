import type { Authority, Qualifier, Status, Unit } from '$lib/data/schema';
import type { ChartSeries } from '$lib/charts/scene-data';
import type { ChapterId, SceneId, StepId } from '$lib/story/steps';

/**
 * Everything a reader reads, for one language. Step texts and descriptions may name figures from
 * `data/` with tokens, so no number is typed into the copy:
 * - `{id}`: the figure with its qualifier and unit ("more than 40 million households");
 * - `{id:number}`: qualifier and number, no unit ("about 700");
 * - `{id:period}`: the period of a figure or milestone, as a date ("5 December 2023").
 */
export interface Copy {
	/** BCP 47 language tag for `<html lang>`. */
	lang: string;
	/** Locale for numbers and dates. */
	locale: string;
	meta: { title: string; description: string };
	headline: string;
	dek: string;
	/** `{date}` is the source article's date. */
	byline: string;
	ui: {
		skipToStory: string;
		skipToSources: string;
		chartDescription: string;
		sourcesTitle: string;
		sourcesIntro: string;
		derivedTitle: string;
		derivedIntro: string;
		noDate: string;
		authority: Record<Authority, string>;
		status: Record<Status, string>;
	};
	/** The page shown when an address leads nowhere (404) or a page fails to load. */
	error: { notFound: string; failed: string; detail: string; back: string };
	/** The words of the charts: titles, axes, legends, switches, tooltips and data tables. */
	chart: ChartCopy;
	/** Each scene's title and the unit of its value axis. */
	scenes: Record<SceneId, { title: string; axis: string; scale?: number }>;
	/** What each charted series measures, for tables and tooltips ("Shanghai's R&D spending"). */
	series: Record<ChartSeries, string>;
	/** The event of each milestone in `data/milestones.csv`, by id, in this language. */
	milestones: Record<string, string>;
	/** The story's navigation: chapter menu, progress, the motion switch. */
	nav: {
		chapters: string;
		progress: string;
		motion: string;
		motionOn: string;
		motionOff: string;
		/** The name of the language switch. */
		language: string;
		/** The colon between a name and its state. */
		colon: string;
	};
	/** The embeds: the stepper card, single charts, and the embed-code builder. */
	embed: EmbedCopy;
	/** Present mode, the teacher's notes and the handout. */
	present: PresentCopy;
	/** For each chapter, two or three questions for a class, in the notice–wonder style. */
	questions: Record<ChapterId, readonly string[]>;
	chapters: Record<ChapterId, string>;
	/**
	 * Each step's words; `key` is the one sentence present mode shows in large type (the first
	 * paragraph when there is none).
	 */
	steps: Record<StepId, { text: readonly string[]; description: string; key?: string }>;
	/** `{n}` is the formatted number; see `UnitFormat` for units a language counts in other steps. */
	units: Record<Unit, UnitFormat>;
	/** Whether numbers group their thousands (1,149 in English; 1149 in Chinese). */
	grouping: boolean;
	/** `{x}` is the number with its unit. */
	qualifiers: Record<Exclude<Qualifier, ''>, string>;
	periods: {
		/** `{year}`, `{month}` (the month's name), `{day}`, `{quarter}` */
		month: string;
		day: string;
		quarter: string;
		half: readonly [string, string];
		/** `{month}` as a number (12), not a name (December): Chinese writes 12月. */
		numericMonth?: boolean;
	};
}

/**
 * How a unit is written: a template, or, for a language that counts in other steps (Chinese counts in
 * 万 and 亿), templates each with the factor from the data's unit, the first whose number reaches its
 * `min` winning. The factor moves the decimal point only: 494.4 billion yuan is 4944亿元, to the digit.
 */
export type UnitFormat = string | readonly { text: string; scale: number; min?: number }[];

/** The words inside and around the charts. */
export interface ChartCopy {
	/** Legend entries for how a mark is drawn. */
	legend: { lowerBound: string; reported: string; derived: string; conflicting: string; noData: string };
	/** The label of a series break ("2018 census: GDP revised"). */
	breakLabel: string;
	/**
	 * The details box: its labels, the comma between a measure and its date, and the marks a source's
	 * title is quoted in (“…” in English, 《…》 in Chinese).
	 */
	tooltip: { source: string; formula: string; close: string; comma: string; quote: [string, string] };
	currency: { legend: string; yuan: string; usd: string; axisUsd: string; rateNote: string };
	table: {
		summary: string;
		measure: string;
		entity: string;
		date: string;
		value: string;
		status: string;
		source: string;
		download: string;
	};
	/** The unit chart's labels. */
	firms: { xiaodu: string; unitedImaging: string; batch1: string; batch2: string; listed: string };
	/** The R&D scene's line labels. */
	entities: { shanghai: string; china: string; target: string };
	/** The chip scene's panels. */
	ic: {
		scale: string;
		share: string;
		/** The column of the article's own claim. */
		article: string;
		/** `{year}`: a claim dated to a year. */
		claimed: string;
		/** `{year}`: our ratio of Shanghai's size to national sales. */
		ratio: string;
	};
	/** Shown where one chart fails, with its table instead. */
	failed: string;
	/** The colon between a name and its value (`: ` in English, `：` in Chinese). */
	colon: string;
}

/** The words of the embed pages and the embed-code builder. */
export interface EmbedCopy {
	/** The stepper's name for assistive technology. */
	stepperLabel: string;
	/** `{n}` of `{total}`. */
	stepOf: string;
	previous: string;
	next: string;
	/** How to step: shown under the controls. */
	hint: string;
	/** The link from an embed to the story. */
	fullStory: string;
	/** Said after a link that opens a new tab. */
	newTab: string;
	/** The colon between the link's words and the story's title. */
	colon: string;
	/** Before the list of a chart's sources. */
	source: string;
	/** The iframe's title: `{title}` is the story's or the chart's. */
	frameStory: string;
	frameChart: string;
	builder: {
		title: string;
		intro: string;
		what: string;
		stepper: string;
		scroll: string;
		/** `{title}`: one chart. */
		chart: string;
		language: string;
		theme: string;
		themeAuto: string;
		themeLight: string;
		themeDark: string;
		kind: string;
		loader: string;
		iframe: string;
		code: string;
		copy: string;
		copied: string;
		copyFailed: string;
		/** The words of the `<noscript>` link in a snippet: `{title}`. */
		noscript: string;
		/** Why the scroll-driven story needs the script. */
		scrollNeedsLoader: string;
	};
}

/** The words of present mode, the teacher's notes, the handout and the citation. */
export interface PresentCopy {
	/** The page's title: `{title}` is the story's. */
	title: string;
	/** `{n}` / `{total}`. */
	progress: string;
	/** What the live region says: `{n}`, `{total}`, `{sentence}`. */
	announce: string;
	previous: string;
	next: string;
	fullscreen: string;
	contrast: string;
	notes: string;
	/** The reveal switch: each slide first shows its chart without labels. */
	reveal: string;
	/** The keys, in one line. */
	keys: string;
	/** Shown while a typed number waits for Enter: `{n}`. */
	jump: string;
	questionsTitle: string;
	handoutTitle: string;
	/** The link to `/data/figures.csv`. */
	allData: string;
	cite: { title: string; apa: string; gbt: string; permalink: string; storyKind: string };
}
