import { error } from '@sveltejs/kit';
import { chartEmbedData } from '$lib/embed/chart-embed';
import { EDITION_ENTRIES } from '$lib/i18n/editions';
import { isScene, SCENES } from '$lib/story/steps';
import { storyPage } from '$lib/story/story-page';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embed page per chart scene and edition, prerendered. */
export const entries: EntryGenerator = () =>
	EDITION_ENTRIES.flatMap((edition) => SCENES.map((chart) => ({ ...edition, chart })));

export const load: PageServerLoad = ({ params }) => {
	if (!isScene(params.chart)) error(404, 'No such chart');
	const { edition, editionPath, site, storyUrl, ...story } = storyPage(params.lang);
	return { ...chartEmbedData(story, params.chart), edition, editionPath, site, storyUrl };
};
