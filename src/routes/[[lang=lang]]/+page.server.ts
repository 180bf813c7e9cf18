import { EDITION_ENTRIES } from '$lib/i18n/editions';
import { storyPage } from '$lib/story/story-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// Build time only: read and validate data/, then ship the page exactly what it draws, in its edition's
// language. STORY_SITE_URL (the address the site will be published at) makes the share image's URL and
// the language alternates absolute, as link previews and search engines want.
export const entries: EntryGenerator = () => EDITION_ENTRIES;

export const load: PageServerLoad = ({ params }) => storyPage(params.lang);
