import type { StepView, StoryData } from '$lib/story/build';

type Copy = StoryData['copy'];

/** What present mode needs in the browser: each step's chart and key sentence, and its own words. */
export interface PresentData {
	steps: Array<Pick<StepView, 'number' | 'chapter' | 'key' | 'description' | 'chart'>>;
	chart: StoryData['chart'];
	copy: Pick<Copy, 'present' | 'chapters' | 'questions' | 'nav'> & {
		embed: Pick<Copy['embed'], 'stepOf'>;
		ui: Pick<Copy['ui'], 'chartDescription'>;
	};
}

/** Cuts present mode's data out of the story's. */
export function presentData(story: StoryData): PresentData {
	const { present, chapters, questions, nav, embed, ui } = story.copy;
	return {
		steps: story.steps.map(({ number, chapter, key, description, chart }) => ({
			number,
			chapter,
			key,
			description,
			chart
		})),
		chart: story.chart,
		copy: {
			present,
			chapters,
			questions,
			nav,
			embed: { stepOf: embed.stepOf },
			ui: { chartDescription: ui.chartDescription }
		}
	};
}
