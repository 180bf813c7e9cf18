import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { siteUrl } from '$lib/site';
import { buildStory } from '$lib/story/build';
import type { PageServerLoad } from './$types';

// Build time only: read and validate data/, then ship the page exactly what it draws.
// STORY_SITE_URL (the address the site will be published at) makes the share image's URL absolute,
// as link previews want; without it the URL stays relative.
export const load: PageServerLoad = () => ({
	...buildStory(loadDataset(), copyFor('en')),
	site: siteUrl()
});
