import { plainText } from '$lib/i18n/tokens';
import type { EmbedCopy } from '$lib/i18n/types';
import type { StepPlace, StoryData } from '$lib/story/build';

/** What the stepper needs in the browser: every step's chart and key sentence, not its words (the page has them). */
export interface StepperData {
	steps: Array<StepPlace & { key: string }>;
	chart: StoryData['chart'];
	words: EmbedCopy;
}

/** Cuts the stepper's data out of the story's. */
export function stepperData(story: StoryData): StepperData {
	return {
		steps: story.steps.map(({ number, id, chapter, chart, key }) => ({
			number,
			id,
			chapter,
			chart,
			key: plainText(key)
		})),
		chart: story.chart,
		words: story.copy.embed
	};
}
