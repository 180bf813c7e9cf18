import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load';
import { chartEmbedData } from '$lib/embed/chart-embed';
import { copyFor } from '$lib/i18n';
import { siteUrl } from '$lib/site';
import { buildStory } from '$lib/story/build';
import { SCENES, type SceneId } from '$lib/story/steps';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embed page per chart scene, prerendered. */
export const entries: EntryGenerator = () => SCENES.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	if (!(SCENES as readonly string[]).includes(params.chart)) error(404, 'No such chart');
	return {
		...chartEmbedData(buildStory(loadDataset(), copyFor('en')), params.chart as SceneId),
		site: siteUrl()
	};
};
