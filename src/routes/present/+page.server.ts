import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { siteUrl } from '$lib/site';
import { buildStory } from '$lib/story/build';
import type { PageServerLoad } from './$types';

// Present mode shows the same story as the story page, from the same build-time data.
export const load: PageServerLoad = () => ({
	...buildStory(loadDataset(), copyFor('en')),
	site: siteUrl()
});
