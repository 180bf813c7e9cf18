import type { Authority, Qualifier, Status, Unit } from '$lib/data/schema';
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
		sceneTitles: Record<SceneId, string>;
		sourcesTitle: string;
		sourcesIntro: string;
		derivedTitle: string;
		derivedIntro: string;
		noDate: string;
		authority: Record<Authority, string>;
		status: Record<Status, string>;
	};
	chapters: Record<ChapterId, string>;
	steps: Record<StepId, { text: readonly string[]; description: string }>;
	/** `{n}` is the formatted number. */
	units: Record<Unit, string>;
	/** `{x}` is the number with its unit. */
	qualifiers: Record<Exclude<Qualifier, ''>, string>;
	periods: {
		/** `{year}`, `{month}` (the month's name), `{day}`, `{quarter}` */
		month: string;
		day: string;
		quarter: string;
		half: readonly [string, string];
	};
}
