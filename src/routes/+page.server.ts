import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import type { PageServerLoad } from './$types';

// Build time only: read and validate data/, then ship the page exactly what it draws.
export const load: PageServerLoad = () => buildStory(loadDataset(), copyFor('en'));
