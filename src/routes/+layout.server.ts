import { copyFor } from '$lib/i18n';
import { EDITIONS } from '$lib/i18n/editions';
import type { LayoutServerLoad } from './$types';

/** The words of the error page in one edition: the headings, the way back, and the story's name. */
export interface ErrorWords {
	notFound: string;
	failed: string;
	detail: string;
	back: string;
	colon: string;
	headline: string;
	title: string;
}

/**
 * Build time only: the error page's words in every edition, sent with each page (about 1 kB) so the
 * error page, whose script every page loads, does not carry the whole of every copy file.
 */
export const load: LayoutServerLoad = () => ({
	errorWords: Object.fromEntries(
		EDITIONS.map(({ lang }) => {
			const copy = copyFor(lang);
			return [
				lang,
				{ ...copy.error, colon: copy.nav.colon, headline: copy.headline, title: copy.meta.title }
			];
		})
	) as Record<string, ErrorWords>
});
