import { EDITION_ENTRIES } from '$lib/i18n/editions';
import { storyPage } from '$lib/story/story-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// The scroll-driven embed: the same story as the story page, from the same build-time data.
export const entries: EntryGenerator = () => EDITION_ENTRIES;

export const load: PageServerLoad = ({ params }) => storyPage(params.lang);
